import { formatHlc, withDeviceId } from '../../../shared/sync/hlc';
import type { SyncOp } from '../../../shared/sync/formats';
import { domainTableNames } from '../../../shared/domain/tables';
import type { KonventDatabase } from '../../db/database';
import { markSyncTransaction } from '../../db/sync/changeCapture';
import { newDeviceId } from '../../db/sync/deviceClock';
import type { CoreIO } from '../../db/sync/rowStore';
import { CLOCK, CONFLICTS, CURSORS, DEVICE, OUTBOX, type CursorRow, type DeviceClockRow, type SyncStateRow } from '../../db/sync/syncTables';
import { rewriteClocks } from './hlcRewrite';

const TABLES = [...domainTableNames, OUTBOX, CLOCK, CONFLICTS, CURSORS, DEVICE];

function remapOp(op: SyncOp, map: ReadonlyMap<string, string>, seq: number): SyncOp {
  const next: SyncOp = { ...op, seq, hlc: map.get(op.hlc) ?? op.hlc, prev: op.prev ? (map.get(op.prev) ?? op.prev) : null };
  return next;
}

/**
 * A second install with this PC's id wrote into its folder (a cloned profile or restored backup).
 * This PC takes a new id: its ops from `firstForeignSeq` on were never shared under the old id, so
 * they get the new id and new seq numbers from 1 and are published again; the old id's log is
 * from now on read like any other PC's, from where the two installs parted.
 */
export async function forkToNewDevice(db: KonventDatabase, firstForeignSeq: number, nowIso: string): Promise<{ from: string; to: string }> {
  return db.transaction('rw', TABLES, async (tx) => {
    markSyncTransaction(tx.idbtrans);
    const io: CoreIO = { table: (name) => db.core.table(name), trans: tx.idbtrans };
    const clock = (await db.table(DEVICE).get('clock')) as DeviceClockRow;
    const to = newDeviceId();
    const shared = firstForeignSeq - 1;
    const mine = (await db.table(OUTBOX).where(':id').above(shared).toArray()) as SyncOp[];
    const map = new Map(mine.map((op) => [op.hlc, withDeviceId(op.hlc, to)]));
    await db.table(OUTBOX).clear();
    await db.table(OUTBOX).bulkAdd(mine.map((op, i) => remapOp(op, map, i + 1)));
    await rewriteClocks(io, map);
    await db.table(DEVICE).put({ ...clock, deviceId: to, lastSeq: mine.length, hlc: clock.hlc ? withDeviceId(clock.hlc, to) : null });
    await db.table(CURSORS).put({ deviceId: clock.deviceId, seq: shared, ranges: [] } satisfies CursorRow);
    const state = (await db.table(DEVICE).get('sync')) as SyncStateRow;
    const next: SyncStateRow = {
      ...state,
      publishedSeq: 0,
      everPublishedSeq: 0,
      lastHeadText: undefined,
      lastSegment: undefined,
      snapshotWritten: false,
      startedFromSnapshot: false,
      fork: { from: clock.deviceId, to, at: nowIso },
    };
    await db.table(DEVICE).put(next);
    return { from: clock.deviceId, to };
  });
}

/**
 * Joining a folder that already holds other PCs' data: what this PC wrote before it ever shared
 * anything counts as older than the folder's data. Its never-shared ops get clock readings from
 * the start of 1970 (in their order), so where both changed the same field the folder's value
 * stays and this PC's value is kept as a conflict, not the other way round. Typical case: a new
 * PC whose fresh default settings must not overwrite the real ones.
 */
export async function ageUnsharedOps(db: KonventDatabase, everPublishedSeq: number): Promise<number> {
  return db.transaction('rw', TABLES, async (tx) => {
    markSyncTransaction(tx.idbtrans);
    const io: CoreIO = { table: (name) => db.core.table(name), trans: tx.idbtrans };
    const unshared = (await db.table(OUTBOX).where(':id').above(everPublishedSeq).toArray()) as SyncOp[];
    if (unshared.length === 0) return 0;
    // Only ops that start from nothing or from another aged op: an edit on top of another PC's
    // value keeps its time, so it still overwrites that value.
    const map = new Map<string, string>();
    for (const op of unshared) {
      if (op.prev === null || map.has(op.prev)) map.set(op.hlc, formatHlc({ millis: map.size, counter: 0, deviceId: op.hlc.slice(-16) }));
    }
    await db.table(OUTBOX).bulkPut(unshared.map((op) => remapOp(op, map, op.seq)));
    await rewriteClocks(io, map);
    return map.size;
  });
}
