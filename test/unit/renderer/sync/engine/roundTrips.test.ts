import { afterEach, describe, expect, it } from 'vitest';
import type { SyncFolder } from '../../../../../shared/sync/syncFolder';
import type { KonventDatabase } from '../../../../../renderer/db/database';
import { fastFolder, makeSyncDir, personRow, SimulatedPc, testId } from '../support/simulatedPc';

/**
 * An up-to-date PC that picks up one remote change waits for the database and the folder one
 * request after the other (issue 17: each wait is a round trip to IndexedDB or a cloud folder).
 * Counted here: each request started in a later turn of the event loop than the last wait began
 * (it waited for something) is a wait; requests started in the same turn (Promise.all, requests
 * of one transaction) are one wait. No timing is asserted.
 */
interface WaitCounter {
  waits: number;
  log: string[];
  /** Folder requests started while no other folder request was in flight (what a read-ahead removes). */
  lonelyFolderRequests: string[];
}

function countWaits(folder: SyncFolder, db: KonventDatabase): WaitCounter {
  const counter: WaitCounter = { waits: 0, log: [], lonelyFolderRequests: [] };
  let folderInFlight = 0;
  // Requests started in one turn of the event loop were asked together: one wait.
  let turnOpen = false;
  let inFlight = 0;
  const start = (what: string) => {
    if (inFlight === 0 || !turnOpen) {
      counter.waits += 1;
      counter.log.push(what);
      turnOpen = true;
      setImmediate(() => void (turnOpen = false));
    } else counter.log.push(`  + ${what}`);
    inFlight += 1;
  };
  const end = () => void (inFlight -= 1);
  const wrapped = folder as unknown as Record<string, unknown>;
  for (const method of ['list', 'read', 'writeAtomically', 'rename', 'removeTemp'] as const) {
    const original = (folder[method] as (...args: unknown[]) => Promise<unknown>).bind(folder);
    wrapped[method] = async (...args: unknown[]) => {
      start(`folder.${method} ${String(args[0])}`);
      if (folderInFlight === 0) counter.lonelyFolderRequests.push(`${method} ${String(args[0])}`);
      folderInFlight += 1;
      try {
        return await original(...args);
      } finally {
        folderInFlight -= 1;
        end();
      }
    };
  }
  const core = db.core as unknown as { transaction: (stores: string[], mode: string, options?: unknown) => IDBTransaction };
  const transaction = core.transaction.bind(core);
  core.transaction = (stores, mode, options) => {
    start(`db ${mode} ${stores.join(',')}`);
    const tx = transaction(stores, mode, options);
    let done = false;
    const finish = () => {
      if (!done) end();
      done = true;
    };
    tx.addEventListener('complete', finish);
    tx.addEventListener('abort', finish);
    tx.addEventListener('error', finish);
    return tx;
  };
  return counter;
}

describe('round trips of a sync run', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  async function upToDatePair() {
    const made = makeSyncDir();
    cleanup = made.cleanup;
    const a = new SimulatedPc('A', fastFolder(made.dir));
    const c = new SimulatedPc('C', fastFolder(made.dir));
    await a.db.domain('persons').bulkPut(Array.from({ length: 20 }, (_, i) => personRow(testId(i), { lastName: `Nachname ${i}` })));
    await a.join();
    await a.sync();
    await c.join();
    await c.sync();
    await c.sync();
    const b = new SimulatedPc('B', fastFolder(made.dir));
    await b.join();
    await b.sync();
    await b.sync();
    return { a, b, c, made };
  }

  it('an up-to-date PC picks up one remote change in at most 10 sequential waits (24 before issue 17)', async () => {
    const { a, b } = await upToDatePair();
    await a.db.table('persons').update(testId(1), { notes: 'Neu aus Chemnitz' });
    await a.sync();
    const counter = countWaits(b.folder, b.db);
    b.engine = b.makeEngine();
    await b.sync();
    const waits = counter.waits;
    expect(((await b.db.table('persons').get(testId(1))) as { notes: string }).notes).toBe('Neu aus Chemnitz');
    expect(waits, counter.log.join('\n')).toBeLessThanOrEqual(10);
  });

  it('a run with nothing new still writes head.json (others see when this PC last synced), in at most 10 waits', async () => {
    const { b, made } = await upToDatePair();
    const deviceId = await b.deviceId();
    const look = fastFolder(made.dir);
    const before = new TextDecoder().decode((await look.read(`devices/${deviceId}/head.json`))!);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const counter = countWaits(b.folder, b.db);
    b.engine = b.makeEngine();
    await b.sync();
    const after = new TextDecoder().decode((await look.read(`devices/${deviceId}/head.json`))!);
    expect(JSON.parse(after).updatedAt > JSON.parse(before).updatedAt).toBe(true);
    expect(counter.waits, counter.log.join('\n')).toBeLessThanOrEqual(10);
  });

  it('a PC that published twenty small segments re-reads its own segments eight at a time (one after the other before)', async () => {
    const { a, made } = await upToDatePair();
    for (let i = 0; i < 20; i++) {
      await a.db.domain('persons').update(testId(i), { notes: `Änderung ${i}` });
      await a.sync();
    }
    const ownLog = (await fastFolder(made.dir).list(`devices/${await a.deviceId()}/log`))!;
    expect(ownLog.length).toBeGreaterThanOrEqual(21);
    const counter = countWaits(a.folder, a.db);
    a.engine = a.makeEngine();
    await a.sync();
    const lonelySegmentReads = counter.lonelyFolderRequests.filter((request) => request.startsWith('read') && request.includes('/log/'));
    expect(lonelySegmentReads.length, counter.lonelyFolderRequests.join('\n')).toBeLessThanOrEqual(5);
  });
});
