import { DELETED_FIELD, type SyncOp } from '../../../shared/sync/formats';
import { applyOps } from '../../../shared/sync/rowState';
import { domainTableNames } from '../../../shared/domain/tables';
import type { KonventDatabase } from '../../db/database';
import { markSyncTransaction } from '../../db/sync/changeCapture';
import { existingOrNewClock, issueStamps } from '../../db/sync/deviceClock';
import { loadRows, saveRow, toRowState, type CoreIO } from '../../db/sync/rowStore';
import { rowProblem } from '../../db/sync/rowProblem';
import { CLOCK, CONFLICTS, DEVICE, OUTBOX, type DeviceClockRow } from '../../db/sync/syncTables';
import { conflictById } from '../../db/sync/syncReads';

/**
 * The user's decision on a conflict is itself a change that syncs, so it resolves the conflict
 * on every PC. For a field: one op per losing value, each naming that loser as `prev` (it has now
 * been seen), and a last one naming the current winner; all carry the chosen value. For a row
 * deleted on one PC and edited on another: `_deleted` is written again, after every edit.
 */
export type Resolution = { kind: 'keepCurrent' } | { kind: 'takeOther' } | { kind: 'restoreRow' } | { kind: 'keepDeleted' };

export async function resolveConflict(db: KonventDatabase, conflictId: string, resolution: Resolution, nowMs: number): Promise<void> {
  await db.transaction('rw', [...domainTableNames, OUTBOX, CLOCK, CONFLICTS, DEVICE], async (tx) => {
    markSyncTransaction(tx.idbtrans);
    const conflict = await conflictById(db, conflictId);
    if (!conflict) return; // Resolved meanwhile (here or on another PC).
    const io: CoreIO = { table: (name) => db.core.table(name), trans: tx.idbtrans };
    const [stored] = await loadRows(io, conflict.table, [conflict.rowId]);
    const row = toRowState(stored!);
    const changes: { field: string; prev: string | null; value?: unknown }[] = [];

    if (conflict.kind === 'field' && conflict.field && (resolution.kind === 'keepCurrent' || resolution.kind === 'takeOther')) {
      const field = conflict.field;
      const state = row.fields[field];
      if (!state) return;
      const value = resolution.kind === 'keepCurrent' ? row.data[field] : conflict.loser?.v;
      for (const loser of state.l ?? []) changes.push({ field, prev: loser.h, value });
      changes.push({ field, prev: state.h, value });
    } else if (conflict.kind === 'deleted' && (resolution.kind === 'restoreRow' || resolution.kind === 'keepDeleted')) {
      changes.push({ field: DELETED_FIELD, prev: row.fields[DELETED_FIELD]?.h ?? null, value: resolution.kind === 'keepDeleted' });
    } else {
      return;
    }

    const clock = existingOrNewClock((await db.table(DEVICE).get('clock')) as DeviceClockRow | undefined);
    const stamps = issueStamps(clock, changes.length, nowMs);
    const ops: SyncOp[] = changes.map((change, i) => {
      const op: SyncOp = { seq: stamps[i]!.seq, hlc: stamps[i]!.hlc, table: conflict.table, id: conflict.rowId, field: change.field, prev: change.prev };
      if (change.value !== undefined) op.value = change.value;
      return op;
    });
    await db.table(OUTBOX).bulkAdd(ops);
    await db.table(DEVICE).put(clock);
    await saveRow(io, stored!, applyOps(row, ops), { writeDomain: true, problemOf: rowProblem });
  });
}
