import { afterEach, describe, expect, it } from 'vitest';
import { logDir, tmpDir } from '../../../../../shared/sync/folderLayout';
import type { SyncFolder } from '../../../../../shared/sync/syncFolder';
import { convergedState, fastFolder, personRow, setUpOffice, syncAll, testId, type SimulatedPc } from '../support/simulatedPc';

/**
 * Must-prove 3: killed after the temp write, after the rename, before "published" is recorded,
 * inside an apply transaction: after restart nothing is lost or applied twice.
 */
class Killed extends Error {}

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

async function office() {
  const setup = await setUpOffice(['Zwickau', 'Chemnitz']);
  cleanup = setup.cleanup;
  return { dir: setup.dir, a: setup.pcs[0]!, b: setup.pcs[1]! };
}

/** The folder as the dying process saw it: the next segment write stops at the given point. */
function dyingFolder(real: SyncFolder, point: 'afterTempWrite' | 'afterRename'): SyncFolder {
  let armed = true;
  return {
    ...real,
    label: real.label,
    list: (dir) => real.list(dir),
    read: (path) => real.read(path),
    rename: (from, to) => real.rename(from, to),
    removeTemp: (path) => real.removeTemp(path),
    async writeAtomically(path, data, tempDir) {
      if (armed && path.includes('/log/')) {
        armed = false;
        if (point === 'afterTempWrite') {
          // The temp file is complete on disk; the process dies before the rename.
          await real.writeAtomically(`${tempDir}/0123456789abcdef.tmp`, data, tempDir);
          throw new Killed();
        }
        await real.writeAtomically(path, data, tempDir);
        throw new Killed();
      }
      return real.writeAtomically(path, data, tempDir);
    },
  };
}

async function editSomething(a: SimulatedPc) {
  await a.db.domain('persons').update(testId(1), { email: 'neu@example.org', notes: 'Sitzung am 11.03.' });
  await a.db.domain('persons').put(personRow(testId(2), { firstName: 'Jörg', lastName: 'Woidniok' }));
}

async function expectNothingLostOrTwice(a: SimulatedPc, b: SimulatedPc) {
  await syncAll([a, b]);
  expect(await b.db.domain('persons').get(testId(1))).toMatchObject({ email: 'neu@example.org', notes: 'Sitzung am 11.03.' });
  expect(await b.db.domain('persons').get(testId(2))).toMatchObject({ firstName: 'Jörg' });
  expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
  // Applied once: no op came back as a conflict with itself, and Chemnitz did not re-capture Zwickau's ops.
  expect(await b.conflicts()).toEqual([]);
  expect(await b.db.table('_outbox').filter((op) => op.table === 'persons').count()).toBe(0);
  // Published once: the segments of Zwickau cover each seq exactly once.
  const aId = await a.deviceId();
  const names = ((await a.folder.list(logDir(aId))) ?? []).map((e) => e.name).sort();
  const ranges = names.map((n) => n.replace('.jsonl', '').split('-').map(Number) as [number, number]);
  ranges.forEach(([first], i) => {
    if (i > 0) expect(first).toBe(ranges[i - 1]![1] + 1);
  });
}

describe('crash points', () => {
  it('killed after the temp write: the temp file is cleaned up and the ops are published after restart', async () => {
    const { dir, a, b } = await office();
    await editSomething(a);
    a.folder = dyingFolder(fastFolder(dir), 'afterTempWrite');
    a.restart();
    await expect(a.engine.sync()).resolves.toMatchObject({ kind: 'failed' });
    expect(await fastFolder(dir).list(tmpDir(await a.deviceId()))).toHaveLength(1);
    a.folder = fastFolder(dir);
    a.restart();
    await expectNothingLostOrTwice(a, b);
    expect(await fastFolder(dir).list(tmpDir(await a.deviceId()))).toEqual([]);
  });

  it('killed after the rename: the restarted PC recognises its own segment and does not write it twice', async () => {
    const { dir, a, b } = await office();
    await editSomething(a);
    const before = (await a.db.table('_device').get('sync')).publishedSeq;
    a.folder = dyingFolder(fastFolder(dir), 'afterRename');
    a.restart();
    await expect(a.engine.sync()).resolves.toMatchObject({ kind: 'failed' });
    expect((await a.db.table('_device').get('sync')).publishedSeq).toBe(before);
    const real = fastFolder(dir);
    const logWrites: string[] = [];
    a.folder = { ...real, label: real.label, writeAtomically: (path, data, temp) => (path.includes('/log/') && logWrites.push(path), real.writeAtomically(path, data, temp)) };
    a.restart();
    await a.sync();
    expect(logWrites).toEqual([]);
    expect((await a.db.table('_device').get('sync')).publishedSeq).toBeGreaterThan(before);
    await expectNothingLostOrTwice(a, b);
    expect(await a.deviceId()).toBe((await a.db.table('_device').get('clock')).deviceId);
    expect((await a.db.table('_device').get('sync')).fork).toBeUndefined();
  });

  it('killed before "published" is recorded: same, and the PC keeps its id (no false clone alarm)', async () => {
    const { a, b } = await office();
    const id = await a.deviceId();
    await editSomething(a);
    a.restart({
      hooks: {
        beforeRecordPublished: () => {
          throw new Killed();
        },
      },
    });
    await expect(a.engine.sync()).resolves.toMatchObject({ kind: 'failed' });
    a.restart();
    await expectNothingLostOrTwice(a, b);
    expect(await a.deviceId()).toBe(id);
  });

  it('killed inside an apply transaction: nothing of the batch stays, and the restart applies it exactly once', async () => {
    const { a, b } = await office();
    await editSomething(a);
    await a.sync();
    const untouched = await convergedState(b.db);
    const cursorsBefore = await b.db.table('_cursors').toArray();
    b.restart({
      hooks: {
        afterRowsApplied: (count) => {
          if (count >= 1) throw new Killed();
        },
      },
    });
    await expect(b.engine.sync()).resolves.toMatchObject({ kind: 'failed' });
    expect(await convergedState(b.db)).toEqual(untouched);
    expect(await b.db.table('_cursors').toArray()).toEqual(cursorsBefore);
    b.restart();
    await expectNothingLostOrTwice(a, b);
  });
});
