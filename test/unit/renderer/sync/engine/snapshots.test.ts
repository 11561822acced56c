import { afterEach, describe, expect, it } from 'vitest';
import { logDir, snapshotsDir } from '../../../../../shared/sync/folderLayout';
import type { SyncFolder } from '../../../../../shared/sync/syncFolder';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { convergedState, fastFolder, makeSyncDir, personRow, SimulatedPc, syncAll, testId } from '../support/simulatedPc';

/** Must-prove 9: a new PC that starts from a snapshot ends with the same data as one that replayed every log. */
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

function countingReads(real: SyncFolder, paths: string[]): SyncFolder {
  return { ...real, label: real.label, read: (path) => (paths.push(path), real.read(path)) };
}

describe('snapshots', () => {
  it('starting from a snapshot and replaying every log give identical databases', { timeout: 30_000 }, async () => {
    const setup = makeSyncDir();
    cleanup = setup.cleanup;
    const a = new SimulatedPc('Zwickau', fastFolder(setup.dir), { snapshotEvery: 40 });
    const b = new SimulatedPc('Chemnitz', fastFolder(setup.dir), { snapshotEvery: 40 });
    await loadDemoData(a.db);
    await a.join();
    await b.join();
    await syncAll([a, b]);
    // History with everything a snapshot must carry: edits, a conflict, a deletion, a row deleted while edited.
    const persons = await a.db.domain('persons').toArray();
    for (const [i, person] of persons.slice(0, 8).entries()) {
      await a.db.domain('persons').update(person.id, { notes: `Notiz ${i}` });
      await syncAll([a, b]);
    }
    await a.db.domain('persons').update(persons[0]!.id, { email: 'a@example.org' });
    await b.db.domain('persons').update(persons[0]!.id, { email: 'b@example.org' });
    await a.db.domain('persons').delete(persons[1]!.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.db.domain('persons').update(persons[1]!.id, { phone: '0371 99' });
    await b.db.domain('persons').delete(persons[2]!.id);
    await syncAll([a, b]);
    // Written after the last snapshot: the new PC replays these from the logs.
    await b.db.domain('persons').put(personRow(testId(77), { firstName: 'Nach', lastName: 'Schnappschuss' }));
    await a.db.domain('persons').update(persons[3]!.id, { function: 'Bürgermeister' });
    await syncAll([a, b]);
    const snapshots = [...((await fastFolder(setup.dir).list(snapshotsDir(await a.deviceId()))) ?? []), ...((await fastFolder(setup.dir).list(snapshotsDir(await b.deviceId()))) ?? [])];
    expect(snapshots.length).toBeGreaterThan(0);

    const fromSnapshotReads: string[] = [];
    const fromSnapshot = new SimulatedPc('Plauen', countingReads(fastFolder(setup.dir), fromSnapshotReads));
    const replaying = new SimulatedPc('Annaberg', fastFolder(setup.dir), { useSnapshots: false });
    for (const pc of [fromSnapshot, replaying]) {
      await pc.join();
      await pc.sync();
    }
    const aId = await a.deviceId();
    const logsRead = fromSnapshotReads.filter((path) => path.startsWith(logDir(aId)));
    const logsThere = (await fastFolder(setup.dir).list(logDir(aId)))!.length;
    expect(logsRead.length).toBeLessThan(logsThere);

    // The two new PCs are identical to each other and to the old ones (fresh PCs have no own data).
    const reference = await convergedState(replaying.db);
    expect(await convergedState(fromSnapshot.db)).toEqual(reference);
    expect(await convergedState(a.db)).toEqual(reference);
    expect((await fromSnapshot.db.domain('persons').get(testId(77)))?.lastName).toBe('Schnappschuss');
    expect((await fromSnapshot.conflicts()).map((c) => c.kind).sort()).toEqual(['deleted', 'field']);
  });

  it('a PC that started from a snapshot writes its own only after snapshotEvery further ops', async () => {
    const setup = makeSyncDir();
    cleanup = setup.cleanup;
    const a = new SimulatedPc('Zwickau', fastFolder(setup.dir));
    await loadDemoData(a.db);
    await a.join();
    await a.sync();
    const joining = new SimulatedPc('Plauen', fastFolder(setup.dir), { snapshotEvery: 5 });
    await joining.join();
    await joining.sync();
    const own = async () => (await fastFolder(setup.dir).list(snapshotsDir(await joining.deviceId()))) ?? [];
    expect(await own()).toEqual([]);
    const persons = await a.db.domain('persons').toArray();
    for (const [i, person] of persons.slice(0, 6).entries()) await a.db.domain('persons').update(person.id, { notes: `Notiz ${i}` });
    await a.sync();
    await joining.sync();
    expect((await own()).length).toBe(1);
  });
});
