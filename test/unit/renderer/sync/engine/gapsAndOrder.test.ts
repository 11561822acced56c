import { afterEach, describe, expect, it } from 'vitest';
import { headPath, logDir } from '../../../../../shared/sync/folderLayout';
import { CloudDelay } from '../support/delayedFolder';
import { fastFolder, makeSyncDir, personRow, SimulatedPc, testId } from '../support/simulatedPc';

/** Must-prove 5: segments missing or arriving late and out of order; the cursor never skips a gap. */
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

describe('gaps and order', () => {
  it('applies segments that arrive out of order, but moves the cursor only over gap-free sequences', async () => {
    const setup = makeSyncDir();
    cleanup = setup.cleanup;
    const cloud = new CloudDelay(fastFolder(setup.dir));
    const a = new SimulatedPc('Zwickau', cloud.view('a'));
    const b = new SimulatedPc('Chemnitz', cloud.view('b'));
    await a.join();
    await b.join();
    await a.sync();

    // Chemnitz writes three segments: create X; edit X; create Y.
    await b.db.domain('persons').put(personRow(testId(1), { firstName: 'Erster' }));
    await b.sync();
    await b.db.domain('persons').update(testId(1), { email: 'zweiter@example.org' });
    await b.sync();
    await b.db.domain('persons').put(personRow(testId(2), { firstName: 'Dritter' }));
    await b.sync();
    const bId = await b.deviceId();
    const segments = ((await fastFolder(setup.dir).list(logDir(bId))) ?? []).map((e) => `${logDir(bId)}/${e.name}`).sort();
    expect(segments).toHaveLength(3);
    const cursorOfB = async () => (await a.db.table('_cursors').get(bId))?.seq ?? 0;
    const headCursor = async () => JSON.parse(new TextDecoder().decode((await fastFolder(setup.dir).read(headPath(await a.deviceId())))!)).cursors[bId] ?? 0;

    // The third arrives first: Y is there, X is not, the cursor stays before the gap.
    await cloud.deliver('a', segments[2]!);
    await cloud.deliver('a', headPath(bId));
    await a.sync();
    expect((await a.db.domain('persons').get(testId(2)))?.firstName).toBe('Dritter');
    expect(await a.db.domain('persons').get(testId(1))).toBeUndefined();
    expect(await cursorOfB()).toBe(0);
    expect(await headCursor()).toBe(0);

    // The second arrives: X's edit alone is not a valid person yet, so it waits unseen; still a gap.
    await cloud.deliver('a', segments[1]!);
    await a.sync();
    expect(await a.db.domain('persons').get(testId(1))).toBeUndefined();
    expect(await cursorOfB()).toBe(0);

    // The first arrives late: everything is there and the cursor runs through.
    await cloud.deliver('a', segments[0]!);
    await a.sync();
    expect(await a.db.domain('persons').get(testId(1))).toMatchObject({ firstName: 'Erster', email: 'zweiter@example.org' });
    const lastSeq = Number(segments[2]!.match(/(\d{10})\.jsonl$/)![1]);
    expect(await cursorOfB()).toBe(lastSeq);
    expect(await headCursor()).toBe(lastSeq);
    expect(await a.conflicts()).toEqual([]);
  });

  it('a segment that never arrives holds the cursor, while later ones still apply', async () => {
    const setup = makeSyncDir();
    cleanup = setup.cleanup;
    const cloud = new CloudDelay(fastFolder(setup.dir));
    const a = new SimulatedPc('Zwickau', cloud.view('a'));
    const b = new SimulatedPc('Chemnitz', cloud.view('b'));
    await a.join();
    await b.join();
    for (let n = 1; n <= 4; n++) {
      await b.db.domain('persons').put(personRow(testId(n), { firstName: `Person ${n}` }));
      await b.sync();
    }
    const bId = await b.deviceId();
    const segments = ((await fastFolder(setup.dir).list(logDir(bId))) ?? []).map((e) => `${logDir(bId)}/${e.name}`).sort();
    for (const [i, segment] of segments.entries()) if (i !== 1) await cloud.deliver('a', segment);
    for (let run = 0; run < 3; run++) await a.sync();
    expect(await a.db.domain('persons').count()).toBe(3);
    expect(await a.db.domain('persons').get(testId(2))).toBeUndefined();
    const cursor = await a.db.table('_cursors').get(bId);
    const firstLast = segments[0]!.match(/(\d{10})\.jsonl$/)![1];
    expect(cursor.seq).toBe(Number(firstLast));
    expect(cursor.ranges.length).toBe(1);
  });
});
