import { afterEach, describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../renderer/db/database';
import { SyncConnection } from '../../../../renderer/sync/syncConnection';
import type { SyncFolderAccess, SyncFolderRef } from '../../../../renderer/platform/syncFolderAccess';
import { fastFolder, makeSyncDir, personRow, testId } from './support/simulatedPc';

/**
 * The scheduler makes a new connection for every run. The folder adapter and the engine are kept
 * between runs on the same folder (what they looked up is not asked again), and replaced when the
 * folder changes.
 */
describe('sync connection', () => {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.forEach((cleanup) => cleanup());
    cleanups = [];
  });

  function countingAccess() {
    const opened: string[] = [];
    const access: SyncFolderAccess = {
      choose: async () => null,
      permission: async () => 'granted',
      open: (ref) => {
        opened.push(ref.label);
        return fastFolder(ref.label);
      },
      forget: async () => undefined,
    };
    return { access, opened };
  }

  it('runs on the same folder reuse its adapter; another folder gets its own', async () => {
    const first = makeSyncDir();
    const second = makeSyncDir();
    cleanups.push(first.cleanup, second.cleanup);
    const db = new KonventDatabase(`connection-${Math.random().toString(36).slice(2)}`);
    await db.domain('persons').put(personRow(testId(1)));
    const { access, opened } = countingAccess();
    const ref: SyncFolderRef = { kind: 'electron', label: first.dir };
    expect((await new SyncConnection(db, { access }).join(ref, 'Sekretariat Zwickau')).kind).toBe('joined');
    const before = opened.length;
    for (let run = 0; run < 3; run++) expect((await new SyncConnection(db, { access }).syncNow(false)).kind).toBe('synced');
    expect(opened.length - before).toBe(1);

    // Another folder: joined (its own adapter), and the next run opens it, not the old one.
    expect((await new SyncConnection(db, { access }).join({ kind: 'electron', label: second.dir }, 'Sekretariat Zwickau')).kind).toBe('joined');
    const afterSecondJoin = opened.length;
    expect((await new SyncConnection(db, { access }).syncNow(false)).kind).toBe('synced');
    expect(opened.slice(afterSecondJoin)).toEqual([second.dir]);
    db.close();
  });
});
