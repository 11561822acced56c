import { afterEach, describe, expect, it } from 'vitest';
import { cloneDatabase, convergedState, fastFolder, setUpOffice, syncAll, testId, SimulatedPc } from '../support/simulatedPc';

/** Must-prove 8: a cloned PC (two installs with the same device id) is detected and the second forks to a new id. */
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

describe('cloned PC', () => {
  it('the install that syncs second forks to a new id; every edit of both reaches everyone', async () => {
    const setup = await setUpOffice(['Zwickau', 'Chemnitz']);
    cleanup = setup.cleanup;
    const [a, b] = setup.pcs as [SimulatedPc, SimulatedPc];
    const clone = new SimulatedPc('Zwickau (Kopie)', fastFolder(setup.dir), {}, await cloneDatabase(a.db));
    const sharedId = await a.deviceId();
    expect(await clone.deviceId()).toBe(sharedId);

    await a.db.domain('persons').update(testId(1), { email: 'original@example.org' });
    await clone.db.domain('persons').update(testId(1), { phone: '0375 kopie' });
    await clone.db.domain('persons').update(testId(1), { notes: 'auf der Kopie geschrieben' });
    await a.sync();
    await clone.sync();

    expect(await a.deviceId()).toBe(sharedId);
    const forkedId = await clone.deviceId();
    expect(forkedId).not.toBe(sharedId);
    expect(forkedId).toMatch(/^[0-9a-f]{16}$/);
    expect((await clone.db.table('_device').get('sync')).fork).toMatchObject({ from: sharedId, to: forkedId });

    await syncAll([a, b, clone]);
    const expected = { email: 'original@example.org', phone: '0375 kopie', notes: 'auf der Kopie geschrieben' };
    for (const pc of [a, b, clone]) expect(await pc.db.domain('persons').get(testId(1))).toMatchObject(expected);
    expect(await convergedState(b.db)).toEqual(await convergedState(a.db));
    expect(await convergedState(clone.db)).toEqual(await convergedState(a.db));
    // Both ids are now separate PCs in the folder; the original keeps writing under its id.
    await a.db.domain('persons').update(testId(1), { email: 'danach@example.org' });
    await syncAll([a, b, clone]);
    expect((await clone.db.domain('persons').get(testId(1)))?.email).toBe('danach@example.org');
    expect(await a.deviceId()).toBe(sharedId);
  });

  it('a clone with nothing new of its own stays quiet until it writes, then forks', async () => {
    const setup = await setUpOffice(['Zwickau', 'Chemnitz']);
    cleanup = setup.cleanup;
    const [a, b] = setup.pcs as [SimulatedPc, SimulatedPc];
    const clone = new SimulatedPc('Zwickau (Kopie)', fastFolder(setup.dir), {}, await cloneDatabase(a.db));
    await clone.db.domain('persons').update(testId(1), { notes: 'Kopie zuerst' });
    await clone.sync();
    await a.db.domain('persons').update(testId(1), { phone: '0375 original' });
    await a.sync();
    // The clone published first and keeps the id; the original is the second and forks.
    expect(await clone.deviceId()).not.toBe(await a.deviceId());
    await syncAll([a, b, clone]);
    for (const pc of [a, b, clone]) expect(await pc.db.domain('persons').get(testId(1))).toMatchObject({ notes: 'Kopie zuerst', phone: '0375 original' });
  });
});
