import { afterEach, describe, expect, it } from 'vitest';
import { leaveSyncFolder } from '../../../../../renderer/sync/engine/syncEngine';
import { convergedState, fastFolder, makeSyncDir, personRow, setUpOffice, SimulatedPc, syncAll, testId } from '../support/simulatedPc';

/** Leave a sync folder; join another; the local data stays. */
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('leaving and joining folders', () => {
  it('leaving keeps the data; joining another folder carries it there; joining the old one again continues', async () => {
    const office = await setUpOffice(['Zwickau', 'Chemnitz']);
    cleanups.push(office.cleanup);
    const [a, b] = office.pcs as [SimulatedPc, SimulatedPc];
    await b.db.domain('persons').put(personRow(testId(2), { firstName: 'Von', lastName: 'Chemnitz' }));
    await syncAll([a, b]);
    const cursors = await a.db.table('_cursors').toArray();

    await leaveSyncFolder(a.db);
    const before = await convergedState(a.db);
    await expect(a.engine.sync()).resolves.toEqual({ kind: 'notJoined' });
    expect(await convergedState(a.db)).toEqual(before);

    // Back into the same folder: it goes on from the cursors it had.
    await a.join();
    expect(await a.db.table('_cursors').toArray()).toEqual(cursors);
    await b.db.domain('persons').update(testId(2), { notes: 'während der Pause' });
    await syncAll([a, b]);
    expect((await a.db.domain('persons').get(testId(2)))?.notes).toBe('während der Pause');

    // Another folder: everything this PC has goes there, also what it got from Chemnitz.
    await leaveSyncFolder(a.db);
    const other = makeSyncDir();
    cleanups.push(other.cleanup);
    a.folder = fastFolder(other.dir);
    a.restart();
    await a.join();
    await a.sync();
    const c = new SimulatedPc('Plauen', fastFolder(other.dir));
    await c.join();
    await c.sync();
    expect((await c.db.domain('persons').toArray()).map((p) => p.id).sort()).toEqual([testId(1), testId(2)]);
    expect((await c.db.domain('persons').get(testId(2)))?.notes).toBe('während der Pause');
    expect(await convergedState(c.db)).toEqual(await convergedState(a.db));
  });
});

describe('joining a folder that already holds data', () => {
  it("a new PC's fresh default settings do not overwrite the folder's settings, and are no conflict either", async () => {
    const { startEmpty } = await import('../../../../../renderer/db/demoData');
    const { saveSettings, readSettings } = await import('../../../../../renderer/db/repositories/settingsRepository');
    const office = await setUpOffice(['Zwickau'], []);
    cleanups.push(office.cleanup);
    const a = office.pcs[0]!;
    await startEmpty(a.db);
    await saveSettings(a.db, { conventName: 'Regionalkonvent Chemnitz', noticePeriodDays: 10 });
    await a.sync();
    // Later, a new PC: "Neu beginnen" (default settings), then it joins.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = new SimulatedPc('Plauen', fastFolder(office.dir));
    await startEmpty(b.db);
    await b.join();
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect(await readSettings(pc.db)).toMatchObject({ conventName: 'Regionalkonvent Chemnitz', noticePeriodDays: 10 });
      // The defaults are the very values Zwickau had seen and changed: nothing of Plauen's is lost.
      expect(await pc.conflicts()).toEqual([]);
    }
  });
});
