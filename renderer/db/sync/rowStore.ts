import Dexie, { type DBCoreTable, type DBCoreTransaction } from 'dexie';
import { sameValue } from '../../../shared/sync/canonicalJson';
import { DELETED_FIELD } from '../../../shared/sync/formats';
import { editsAfterDeletion, fieldConflicts, isDeletedRow, visibleData, type RowState } from '../../../shared/sync/rowState';
import { domainTableSchemas, isDomainTableName } from '../../../shared/domain/tables';
import { CLOCK, CONFLICTS, clockKey, type ClockRow, type ConflictRow } from './syncTables';

/**
 * Reads and writes row states at the DBCore level, inside a transaction that is already open. Used
 * by change capture (the user's own write) and by the sync engine (ops from other PCs), so both
 * store clocks, hidden rows and conflicts the same way.
 *
 * Written as Dexie promise chains, not async/await: inside a DBCore middleware of an implicit
 * transaction only Dexie's promises keep the transaction zone that the layers below rely on.
 */
export interface CoreIO {
  table(name: string): DBCoreTable;
  trans: DBCoreTransaction;
}

export interface StoredRow {
  table: string;
  id: string;
  visible?: Record<string, unknown>;
  clock?: ClockRow;
}

export function loadRows(io: CoreIO, table: string, ids: readonly string[]): Promise<StoredRow[]> {
  if (ids.length === 0) return Dexie.Promise.resolve([]);
  return Dexie.Promise.all([
    io.table(table).getMany({ trans: io.trans, keys: [...ids] }),
    io.table(CLOCK).getMany({ trans: io.trans, keys: ids.map((id) => clockKey(table, id)) }),
  ]).then(([visible, clocks]) => ids.map((id, i) => ({ table, id, visible: visible[i] ?? undefined, clock: clocks[i] ?? undefined })));
}

export function toRowState(stored: StoredRow): RowState {
  const fields = stored.clock?.fields ?? {};
  if (stored.clock?.data) return { data: stored.clock.data, fields };
  if (stored.visible) return { data: { ...stored.visible, ...stored.clock?.extra }, fields };
  return { data: { id: stored.id }, fields };
}

/** Whether a merged row can be shown: not deleted, and valid under the shared schema. */
export function rowProblem(table: string, row: RowState): 'deleted' | { invalid: string } | null {
  if (isDeletedRow(row)) return 'deleted';
  if (!isDomainTableName(table)) return null;
  const parsed = domainTableSchemas[table].safeParse(visibleData(row));
  if (parsed.success) return null;
  return { invalid: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' · ') };
}

export function deriveConflicts(table: string, row: RowState, problem: ReturnType<typeof rowProblem>): ConflictRow[] {
  const id = String(row.data.id);
  const conflicts: ConflictRow[] = fieldConflicts(row).map((c) => ({
    id: `${table}:${id}:${c.field}:${c.loser.h}`,
    status: 'open',
    kind: 'field',
    table,
    rowId: id,
    field: c.field,
    winner: c.winner.value === undefined ? { hlc: c.winner.hlc } : { hlc: c.winner.hlc, value: c.winner.value },
    loser: c.loser,
  }));
  const edited = editsAfterDeletion(row);
  if (edited.length > 0) {
    conflicts.push({
      id: `${table}:${id}:${DELETED_FIELD}`,
      status: 'open',
      kind: 'deleted',
      table,
      rowId: id,
      winner: { hlc: row.fields[DELETED_FIELD]!.h, value: true },
      fields: edited,
    });
  }
  if (problem && problem !== 'deleted') {
    conflicts.push({ id: `${table}:${id}:_invalid`, status: 'open', kind: 'invalid', table, rowId: id, message: problem.invalid });
  }
  return conflicts;
}

export interface RowWrite {
  stored: StoredRow;
  after: RowState;
  /** Capture: the user's own write decides (put: shown, delete: not); sync: the schema decides. */
  shown?: boolean;
}

/**
 * Stores new row states, all of one table. With writeDomain the domain table is updated too
 * (sync); capture leaves that to the user's own write. Domain rows and clocks go in one bulk
 * write each; conflicts are touched only for rows that have or had some.
 */
export function saveRows(io: CoreIO, table: string, writes: readonly RowWrite[], options: { writeDomain: boolean }): Promise<void> {
  const puts: Record<string, unknown>[] = [];
  const deletes: string[] = [];
  const clocks: ClockRow[] = [];
  const conflictUpdates: { id: string; conflicts: ConflictRow[] }[] = [];
  for (const { stored, after, shown: decided } of writes) {
    const problem = rowProblem(table, after);
    const shown = decided ?? problem === null;
    if (options.writeDomain) {
      if (shown) {
        const next = visibleData(after);
        if (!stored.visible || !sameValue(stored.visible, next)) puts.push(next);
      } else if (stored.visible) {
        deletes.push(stored.id);
      }
    }
    const conflicts = deriveConflicts(table, after, shown ? null : problem);
    const clock: ClockRow = { key: clockKey(table, stored.id), table, id: stored.id, fields: after.fields };
    if (!shown) clock.data = after.data;
    else if (after.data[DELETED_FIELD] !== undefined) clock.extra = { [DELETED_FIELD]: after.data[DELETED_FIELD] };
    if (conflicts.length > 0) clock.conflicted = true;
    clocks.push(clock);
    if (stored.clock?.conflicted || conflicts.length > 0) conflictUpdates.push({ id: stored.id, conflicts });
  }
  const domain = io.table(table);
  let chain: Promise<unknown> = Dexie.Promise.all([
    puts.length > 0 ? domain.mutate({ type: 'put', trans: io.trans, values: puts }) : undefined,
    deletes.length > 0 ? domain.mutate({ type: 'delete', trans: io.trans, keys: deletes }) : undefined,
    clocks.length > 0 ? io.table(CLOCK).mutate({ type: 'put', trans: io.trans, values: clocks }) : undefined,
  ]);
  for (const update of conflictUpdates) chain = chain.then(() => replaceConflicts(io, table, update.id, update.conflicts));
  return chain.then(() => undefined);
}

export function saveRow(io: CoreIO, stored: StoredRow, after: RowState, options: { writeDomain: boolean; shown?: boolean }): Promise<void> {
  return saveRows(io, stored.table, [{ stored, after, shown: options.shown }], options);
}

function replaceConflicts(io: CoreIO, table: string, rowId: string, conflicts: ConflictRow[]): Promise<unknown> {
  const store = io.table(CONFLICTS);
  const index = store.schema.getIndexByKeyPath(['table', 'rowId']);
  if (!index) throw new Error('_conflicts braucht den Index [table+rowId]');
  const key = [table, rowId];
  return store
    .query({ trans: io.trans, query: { index, range: { type: 1, lower: key, upper: key } }, values: false })
    .then((existing) => {
      const keep = new Set(conflicts.map((c) => c.id));
      const stale = (existing.result as string[]).filter((id) => !keep.has(id));
      return stale.length > 0 ? store.mutate({ type: 'delete', trans: io.trans, keys: stale }) : undefined;
    })
    .then(() => (conflicts.length > 0 ? store.mutate({ type: 'put', trans: io.trans, values: conflicts }) : undefined));
}
