import Dexie, { type DBCoreTable, type DBCoreTransaction } from 'dexie';
import { sameValue } from '../../../shared/sync/valueKey';
import { DELETED_FIELD } from '../../../shared/sync/deletedField';
import { editsAfterDeletion, fieldConflicts, isDeletedRow, visibleData, type RowState } from '../../../shared/sync/rowState';
import { ANY_KEY, pageKey, readPages } from './clockPages';
import { CLOCK, CONFLICTS, type ClockEntry, type ClockPage, type ConflictPage, type ConflictRow } from './syncTables';

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
  clock?: ClockEntry;
  /**
   * The clock pages read with it (every page of the rows loaded together; a page missing here did
   * not exist). Saving these rows in the same turn of the transaction writes into them instead of
   * reading the pages a second time.
   */
  pages?: Map<string, ClockPage>;
  /** Likewise the conflict pages of these rows, read with them when few rows are loaded. */
  conflictPages?: Map<string, ConflictPage>;
}

/**
 * Row by row costs a request per id; the whole table costs one request but reads every row. Many
 * ids (a new PC's first sync, a large batch) read the whole table when they are a good part of it.
 */
const FEW_IDS = 32;
/** Up to this many pages, conflict pages are read with the clock pages (each page is one request). */
const FEW_PAGES = 4;
const WHOLE_TABLE_SHARE = 4;

/** The stored state of rows of one table, in the order of `ids`. */
export function loadRows(io: CoreIO, table: string, ids: readonly string[]): Promise<StoredRow[]> {
  if (ids.length === 0) return Dexie.Promise.resolve([]);
  const keys = ids.map((id) => pageKey(table, id));
  // A few rows (a local edit, a small batch): their conflict pages come in the same turn, so a
  // save does not wait for them after the clocks were read.
  const few = new Set(keys).size <= FEW_PAGES;
  return Dexie.Promise.all([
    loadVisible(io, table, ids),
    readPages<ClockPage>(io.table(CLOCK), io.trans, table, keys),
    few ? readPages<ConflictPage>(io.table(CONFLICTS), io.trans, table, keys) : undefined,
  ]).then(([visible, pages, conflictPages]) =>
    ids.map((id) => ({ table, id, visible: visible.get(id), clock: pages.get(pageKey(table, id))?.entries[id], pages, ...(conflictPages ? { conflictPages } : {}) })),
  );
}

/** Domain rows by id. */
function loadVisible(io: CoreIO, table: string, ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const store = io.table(table);
  const everything = { index: store.schema.primaryKey, range: ANY_KEY };
  const byId = (rows: readonly unknown[]) => {
    const wanted = new Set(ids);
    const found = new Map<string, Record<string, unknown>>();
    for (const row of rows) {
      if (row === undefined || row === null) continue;
      const id = String(store.schema.primaryKey.extractKey!(row));
      if (wanted.has(id)) found.set(id, row as Record<string, unknown>);
    }
    return found;
  };
  const rowByRow = () => store.getMany({ trans: io.trans, keys: [...ids] }).then(byId);
  if (ids.length < FEW_IDS) return rowByRow();
  return store.count({ trans: io.trans, query: everything }).then((count) =>
    ids.length * WHOLE_TABLE_SHARE >= count
      ? store.query({ trans: io.trans, values: true, query: everything }).then((all) => byId(all.result))
      : rowByRow(),
  );
}

export function toRowState(stored: StoredRow): RowState {
  const fields = stored.clock?.fields ?? {};
  if (stored.clock?.data) return { data: stored.clock.data, fields };
  if (stored.visible) return { data: { ...stored.visible, ...stored.clock?.extra }, fields };
  return { data: { id: stored.id }, fields };
}

/** Why a merged row cannot be shown: deleted, or invalid under the shared schema (null: it can). */
export type RowProblem = 'deleted' | { invalid: string } | null;

/**
 * How a write finds a row's problem. The sync engine checks rows against the schemas (rowProblem.ts);
 * the change capture needs no schema (the user's own write decides, see RowWrite.shown), so zod and
 * the schemas are not part of start-up.
 */
export type ProblemOf = (table: string, row: RowState) => RowProblem;

/** The change capture's problems: a deleted row; the user's own put was validated by rowWriter. */
export const capturedProblem: ProblemOf = (_table, row) => (isDeletedRow(row) ? 'deleted' : null);

export function deriveConflicts(table: string, row: RowState, problem: RowProblem): ConflictRow[] {
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
 * (sync); capture leaves that to the user's own write. Domain rows go in one bulk write; clock
 * entries and conflicts into their pages, one write per page touched. Pages are read, changed and
 * written back, so two calls for the same table must not overlap in one transaction (capture
 * takes turns; the engine saves each table once per batch).
 */
export function saveRows(io: CoreIO, table: string, writes: readonly RowWrite[], options: { writeDomain: boolean; problemOf: ProblemOf }): Promise<void> {
  if (writes.length === 0) return Dexie.Promise.resolve();
  const puts: Record<string, unknown>[] = [];
  const deletes: string[] = [];
  const entries = new Map<string, ClockEntry>();
  const loaded = writes[0]!.stored.pages;
  const pagesKnown = loaded !== undefined && writes.every((write) => write.stored.pages === loaded);
  const loadedConflicts = writes[0]!.stored.conflictPages;
  const conflictPagesKnown = loadedConflicts !== undefined && writes.every((write) => write.stored.conflictPages === loadedConflicts);
  const conflictChanges = new Map<string, ConflictRow[]>();
  for (const { stored, after, shown: decided } of writes) {
    const problem = options.problemOf(table, after);
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
    const entry: ClockEntry = { fields: after.fields };
    if (!shown) entry.data = after.data;
    else if (after.data[DELETED_FIELD] !== undefined) entry.extra = { [DELETED_FIELD]: after.data[DELETED_FIELD] };
    if (conflicts.length > 0) entry.conflicted = true;
    entries.set(stored.id, entry);
    if (stored.clock?.conflicted || conflicts.length > 0) conflictChanges.set(stored.id, conflicts);
  }
  const domain = io.table(table);
  return Dexie.Promise.all([
    puts.length > 0 ? domain.mutate({ type: 'put', trans: io.trans, values: puts }) : undefined,
    deletes.length > 0 ? domain.mutate({ type: 'delete', trans: io.trans, keys: deletes }) : undefined,
    writeClockEntries(io, table, entries, pagesKnown ? loaded : undefined),
    writeConflicts(io, table, conflictChanges, conflictPagesKnown ? loadedConflicts : undefined),
  ]).then(() => undefined);
}

function writeClockEntries(io: CoreIO, table: string, entries: ReadonlyMap<string, ClockEntry>, loaded?: Map<string, ClockPage>): Promise<unknown> {
  const store = io.table(CLOCK);
  // The pages are changed in place (and new ones added), so the map stays what the store holds.
  const write = (pages: Map<string, ClockPage>) => {
    const changed = new Map<string, ClockPage>();
    for (const [id, entry] of entries) {
      const key = pageKey(table, id);
      let page = pages.get(key);
      if (!page) pages.set(key, (page = { key, table, entries: {} }));
      page.entries[id] = entry;
      changed.set(key, page);
    }
    return store.mutate({ type: 'put', trans: io.trans, values: [...changed.values()] });
  };
  if (loaded) return write(loaded);
  const keys = [...entries.keys()].map((id) => pageKey(table, id));
  return readPages<ClockPage>(store, io.trans, table, keys).then(write);
}

/** Replaces the conflicts of the given rows (an empty list removes them); pages left empty are deleted. */
function writeConflicts(io: CoreIO, table: string, changes: ReadonlyMap<string, ConflictRow[]>, loaded?: Map<string, ConflictPage>): Promise<unknown> {
  if (changes.size === 0) return Dexie.Promise.resolve();
  const store = io.table(CONFLICTS);
  const keys = [...changes.keys()].map((id) => pageKey(table, id));
  return (loaded ? Dexie.Promise.resolve(loaded) : readPages<ConflictPage>(store, io.trans, table, keys)).then((pages) => {
    const changed = new Map<string, ConflictPage>();
    for (const [rowId, conflicts] of changes) {
      const id = pageKey(table, rowId);
      const page = changed.get(id) ?? pages.get(id) ?? { id, table, rows: {} };
      // A page whose rows keep the same conflicts is not written again (pages are large: the losers' values).
      if (!changed.has(id) && pages.has(id) && JSON.stringify(page.rows[rowId] ?? []) === JSON.stringify(conflicts)) continue;
      if (conflicts.length > 0) page.rows[rowId] = conflicts;
      else delete page.rows[rowId];
      changed.set(id, page);
    }
    const pagesLeft = [...changed.values()];
    const puts = pagesLeft.filter((page) => Object.keys(page.rows).length > 0);
    const emptied = pagesLeft.filter((page) => Object.keys(page.rows).length === 0 && pages.has(page.id)).map((page) => page.id);
    return Dexie.Promise.all([
      puts.length > 0 ? store.mutate({ type: 'put', trans: io.trans, values: puts }) : undefined,
      emptied.length > 0 ? store.mutate({ type: 'delete', trans: io.trans, keys: emptied }) : undefined,
    ]);
  });
}

export function saveRow(io: CoreIO, stored: StoredRow, after: RowState, options: { writeDomain: boolean; problemOf: ProblemOf; shown?: boolean }): Promise<void> {
  return saveRows(io, stored.table, [{ stored, after, shown: options.shown }], options);
}
