import type { Table } from 'dexie';
import { addRange, coverUpTo, emptyCoverage } from '../../../shared/sync/coverage';
import { sameValue } from '../../../shared/sync/canonicalJson';
import type { Snapshot, SyncOp } from '../../../shared/sync/formats';
import { receiveHlc } from '../../../shared/sync/hlc';
import { applyOps, mergeRows } from '../../../shared/sync/rowState';
import { domainTableNames, isDomainTableName } from '../../../shared/domain/tables';
import type { KonventDatabase } from '../../db/database';
import { markSyncTransaction } from '../../db/sync/changeCapture';
import { loadRows, saveRows, toRowState, type CoreIO, type RowWrite } from '../../db/sync/rowStore';
import { CLOCK, CONFLICTS, CURSORS, DEVICE, type CursorRow, type DeviceClockRow } from '../../db/sync/syncTables';
import type { SyncStateRow } from './engineState';

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
  peers: readonly PeerSighting[];
  nowMs: number;
  ownDeviceId: string;
}

export interface ApplyHooks {
  /** Crash tests: called inside the transaction after each table's rows were written (count so far). */
  afterRowsApplied?: (count: number) => void;
}

export interface ApplyResult {
  appliedOps: number;
  changedRows: number;
  skippedOps: number;
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

    if (input.snapshot) {
      for (const [table, rows] of groupBy(input.snapshot.rows, (row) => row.table)) {
        if (!isDomainTableName(table)) continue;
        const stored = await loadRows(io, table, rows.map((row) => row.id));
        const writes: RowWrite[] = [];
        for (const [i, row] of rows.entries()) {
          const before = toRowState(stored[i]!);
          const after = mergeRows(before, { data: row.data, fields: row.fields });
          if (!sameValue(before, after)) writes.push({ stored: stored[i]!, after });
        }
        await saveRows(io, table, writes, { writeDomain: true });
        rowsWritten(writes.length);
      }
    }

    let skippedOps = 0;
    const ops = input.segments.flatMap((segment) => segment.ops);
    for (const [table, tableOps] of groupBy(ops, (op) => op.table)) {
      if (!isDomainTableName(table)) {
        skippedOps += tableOps.length;
        continue;
      }
      const byRow = groupBy(tableOps, (op) => op.id);
      const ids = [...byRow.keys()];
      const stored = await loadRows(io, table, ids);
      const writes: RowWrite[] = [];
      for (const [i, id] of ids.entries()) {
        const before = toRowState(stored[i]!);
        const after = applyOps(before, byRow.get(id)!);
        if (after !== before) writes.push({ stored: stored[i]!, after });
      }
      await saveRows(io, table, writes, { writeDomain: true });
      rowsWritten(writes.length);
    }

    await advanceCursors(db, input);
    await receiveClock(db, input, ops);
    const state = (await db.table(DEVICE).get('sync')) as SyncStateRow | undefined;
    if (state) await db.table(DEVICE).put({ ...state, opsSinceSnapshot: state.opsSinceSnapshot + ops.length });
    return { appliedOps: ops.length - skippedOps, changedRows, skippedOps };
  });
}

async function advanceCursors(db: KonventDatabase, input: ApplyInput): Promise<void> {
  const cursors = db.table(CURSORS) as Table<CursorRow, string>;
  const touched = new Map<string, CursorRow>();
  const cursorOf = async (deviceId: string): Promise<CursorRow> => {
    const known = touched.get(deviceId) ?? (await cursors.get(deviceId)) ?? { deviceId, ...emptyCoverage() };
    touched.set(deviceId, known);
    return known;
  };
  if (input.snapshot) {
    for (const [deviceId, seq] of Object.entries(input.snapshot.covers)) {
      if (deviceId === input.ownDeviceId) continue;
      const cursor = await cursorOf(deviceId);
      touched.set(deviceId, { ...cursor, ...coverUpTo(cursor, seq) });
    }
  }
  const nowIso = new Date(input.nowMs).toISOString();
  for (const segment of input.segments) {
    const cursor = await cursorOf(segment.deviceId);
    // Ops for tables this version does not know stay unapplied: the segment is read again after an update.
    if (segment.ops.some((op) => !isDomainTableName(op.table))) continue;
    touched.set(segment.deviceId, { ...cursor, ...addRange(cursor, segment.first, segment.last), lastReceivedAt: nowIso });
  }
  for (const peer of input.peers) {
    const cursor = await cursorOf(peer.deviceId);
    touched.set(peer.deviceId, { ...cursor, name: peer.name, appVersion: peer.appVersion, headUpdatedAt: peer.headUpdatedAt });
  }
  if (touched.size > 0) await cursors.bulkPut([...touched.values()]);
}

async function receiveClock(db: KonventDatabase, input: ApplyInput, ops: readonly SyncOp[]): Promise<void> {
  let latest = input.snapshot?.hlc ?? '';
  for (const op of ops) if (op.hlc > latest) latest = op.hlc;
  if (!latest) return;
  const clock = (await db.table(DEVICE).get('clock')) as DeviceClockRow | undefined;
  if (!clock) return;
  await db.table(DEVICE).put({ ...clock, hlc: receiveHlc(clock.hlc, latest, clock.deviceId, input.nowMs) });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
