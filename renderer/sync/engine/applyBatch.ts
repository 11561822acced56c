import { addRange, coverUpTo, emptyCoverage } from '../../../shared/sync/coverage';
import type { Snapshot, SnapshotRow, SyncOp } from '../../../shared/sync/formats';
import { receiveHlc } from '../../../shared/sync/hlc';
import { applyOps, mergeRows } from '../../../shared/sync/rowState';
import { toNfc } from '../../../shared/sync/nfc';
import { domainTableNames, isDomainTableName } from '../../../shared/domain/tables';
import type { KonventDatabase } from '../../db/database';
import { markSyncTransaction } from '../../db/sync/changeCapture';
import { loadRows, saveRows, toRowState, type CoreIO, type RowWrite } from '../../db/sync/rowStore';
import { rowProblem } from '../../db/sync/rowProblem';
import { CLOCK, CONFLICTS, CURSORS, DEVICE, type CursorRow, type DeviceClockRow, type SyncStateRow } from '../../db/sync/syncTables';

/**
 * Applies what was read from the folder in ONE transaction: ops of other PCs, an optional
 * snapshot, the cursors that say what was applied, and the clock. Files are read and verified
 * before this runs (never inside the transaction). If anything fails, nothing of the batch stays,
 * and the same files are applied again next time; applying them twice changes nothing.
 */
export interface VerifiedSegment {
  deviceId: string;
  path: string;
  first: number;
  last: number;
  ops: SyncOp[];
}

export interface PeerSighting {
  deviceId: string;
  name: string;
  appVersion: string;
  headUpdatedAt: string;
}

export interface ApplyInput {
  segments: readonly VerifiedSegment[];
  snapshot?: Snapshot;
  /** Snapshots of other PCs that hold ops of a PC whose folder vanished (readFolder.ts). */
  extraSnapshots?: readonly Snapshot[];
  peers: readonly PeerSighting[];
  nowMs: number;
  ownDeviceId: string;
  /** Further changes of the sync state, written with the batch's own (given the clock after the batch). */
  changeState?: (state: SyncStateRow, clockHlc: string | null) => void;
}

export interface ApplyHooks {
  /** Crash tests: called inside the transaction after each table's rows were written (count so far). */
  afterRowsApplied?: (count: number) => void;
}

export interface ApplyResult {
  appliedOps: number;
  changedRows: number;
  skippedOps: number;
  /** Every cursor row after the batch. */
  cursors: CursorRow[];
  /** The sync state as written by the batch (undefined when there is none). */
  state?: SyncStateRow;
}

export const APPLY_TABLES = [...domainTableNames, CLOCK, CONFLICTS, CURSORS, DEVICE];

export async function applyBatch(db: KonventDatabase, input: ApplyInput, hooks: ApplyHooks = {}): Promise<ApplyResult> {
  return db.transaction('rw', APPLY_TABLES, async (tx) => {
    markSyncTransaction(tx.idbtrans);
    const io: CoreIO = { table: (name) => db.core.table(name), trans: tx.idbtrans };
    let changedRows = 0;
    const rowsWritten = (count: number) => {
      changedRows += count;
      hooks.afterRowsApplied?.(changedRows);
    };

    // Per row: the snapshot's state (if any) and the ops, merged in memory, then each table
    // written once. The merge does not depend on order, so this equals applying them one by one.
    let skippedOps = 0;
    const ops = input.segments.flatMap((segment) => segment.ops);
    const incoming = new Map<string, Map<string, { snapshots: SnapshotRow[]; ops: SyncOp[] }>>();
    const snapshots = input.snapshot ? [input.snapshot, ...(input.extraSnapshots ?? [])] : [...(input.extraSnapshots ?? [])];
    const rowOf = (table: string, id: string) => {
      let rows = incoming.get(table);
      if (!rows) incoming.set(table, (rows = new Map()));
      let row = rows.get(id);
      if (!row) rows.set(id, (row = { snapshots: [], ops: [] }));
      return row;
    };
    for (const snapshot of snapshots) for (const row of snapshot.rows) if (isDomainTableName(row.table)) rowOf(row.table, row.id).snapshots.push(row);
    for (const op of ops) {
      // Another writer's text in NFD is the same value as ours in NFC (rule op-nfc).
      if (!isDomainTableName(op.table)) {
        skippedOps += 1;
        continue;
      }
      const value = toNfc(op.value);
      rowOf(op.table, op.id).ops.push(value === op.value ? op : { ...op, value });
    }
    // All reads first (rows, cursors, clock and state asked together), then each table's writes
    // are started without waiting for them: IndexedDB works on one table's rows while the next
    // table is merged here.
    const tables = [...incoming].map(([table, rows]) => ({ table, rows, ids: [...rows.keys()] }));
    const [loaded, cursorRows, clock, state] = await Promise.all([
      Promise.all(tables.map(({ table, ids }) => loadRows(io, table, ids))),
      db.table(CURSORS).toArray() as Promise<CursorRow[]>,
      db.table(DEVICE).get('clock') as Promise<DeviceClockRow | undefined>,
      db.table(DEVICE).get('sync') as Promise<SyncStateRow | undefined>,
    ]);
    const saving: Promise<number>[] = [];
    for (const [n, { table, rows, ids }] of tables.entries()) {
      const stored = loaded[n]!;
      const writes: RowWrite[] = [];
      for (const [i, id] of ids.entries()) {
        const { snapshots: rowSnapshots, ops: rowOps } = rows.get(id)!;
        const before = toRowState(stored[i]!);
        const merged = rowSnapshots.reduce((row, snapshot) => mergeRows(row, { data: snapshot.data, fields: snapshot.fields }), before);
        const after = applyOps(merged, rowOps);
        if (after !== before) writes.push({ stored: stored[i]!, after });
      }
      saving.push(saveRows(io, table, writes, { writeDomain: true, problemOf: rowProblem }).then(() => writes.length));
    }
    // Cursors, clock and state are written in the same turn as the rows.
    const bookkeeping: Promise<unknown>[] = [];
    const cursors = advancedCursors(cursorRows, input, snapshots);
    if (cursors.length > 0) bookkeeping.push(db.table(CURSORS).bulkPut(cursors));
    const latest = latestClock(snapshots, ops);
    const clockAfter = latest && clock ? { ...clock, hlc: receiveHlc(clock.hlc, latest, clock.deviceId, input.nowMs) } : clock;
    if (clockAfter !== clock) bookkeeping.push(db.table(DEVICE).put(clockAfter));
    let stateAfter: SyncStateRow | undefined;
    if (state) {
      stateAfter = { ...state, opsSinceSnapshot: state.opsSinceSnapshot + ops.length };
      input.changeState?.(stateAfter, clockAfter?.hlc ?? null);
      bookkeeping.push(db.table(DEVICE).put(stateAfter));
    }
    const [counts] = await Promise.all([Promise.all(saving), Promise.all(bookkeeping)]);
    for (const count of counts) rowsWritten(count);
    const allCursors = new Map(cursorRows.map((row) => [row.deviceId, row]));
    for (const row of cursors) allCursors.set(row.deviceId, row);
    return { appliedOps: ops.length - skippedOps, changedRows, skippedOps, cursors: [...allCursors.values()], ...(stateAfter ? { state: stateAfter } : {}) };
  });
}

/** The cursor rows that change: coverage from snapshots and segments, names from heads. */
function advancedCursors(stored: readonly CursorRow[], input: ApplyInput, snapshots: readonly Snapshot[]): CursorRow[] {
  const known = new Map(stored.map((row) => [row.deviceId, row]));
  const touched = new Map<string, CursorRow>();
  const cursorOf = (deviceId: string): CursorRow => {
    const cursor = touched.get(deviceId) ?? known.get(deviceId) ?? { deviceId, ...emptyCoverage() };
    touched.set(deviceId, cursor);
    return cursor;
  };
  for (const snapshot of snapshots) {
    for (const [deviceId, seq] of Object.entries(snapshot.covers)) {
      if (deviceId === input.ownDeviceId) continue;
      const cursor = cursorOf(deviceId);
      touched.set(deviceId, { ...cursor, ...coverUpTo(cursor, seq) });
    }
  }
  const nowIso = new Date(input.nowMs).toISOString();
  for (const segment of input.segments) {
    const cursor = cursorOf(segment.deviceId);
    // Ops for tables this version does not know stay unapplied: the segment is read again after an update.
    if (segment.ops.some((op) => !isDomainTableName(op.table))) continue;
    touched.set(segment.deviceId, { ...cursor, ...addRange(cursor, segment.first, segment.last), lastReceivedAt: nowIso });
  }
  for (const peer of input.peers) {
    const cursor = cursorOf(peer.deviceId);
    touched.set(peer.deviceId, { ...cursor, name: peer.name, appVersion: peer.appVersion, headUpdatedAt: peer.headUpdatedAt });
  }
  return [...touched.values()];
}

function latestClock(snapshots: readonly Snapshot[], ops: readonly SyncOp[]): string {
  let latest = '';
  for (const snapshot of snapshots) if (snapshot.hlc > latest) latest = snapshot.hlc;
  for (const op of ops) if (op.hlc > latest) latest = op.hlc;
  return latest;
}
