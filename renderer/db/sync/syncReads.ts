import type Dexie from 'dexie';
import { pageKey, tablePageRange } from './clockPages';
import { CLOCK, CONFLICTS, type ClockEntry, type ClockPage, type ConflictPage, type ConflictRow } from './syncTables';

/**
 * Reads of the paged sync tables for the sync screen and the engine's smaller steps (see
 * clockPages.ts): one row's clock entry, every entry, the open conflicts as one list. Records that
 * are not pages (a pre-release database from before paging) are passed over.
 */
export async function clockEntryOf(db: Dexie, table: string, id: string): Promise<ClockEntry | undefined> {
  return ((await db.table(CLOCK).get(pageKey(table, id))) as ClockPage | undefined)?.entries[id];
}

export interface ClockEntryOfRow {
  table: string;
  id: string;
  entry: ClockEntry;
}

/** Every clock entry, ordered by table and id. */
export async function allClockEntries(db: Dexie): Promise<ClockEntryOfRow[]> {
  const entries: ClockEntryOfRow[] = [];
  for (const page of (await db.table(CLOCK).toArray()) as ClockPage[]) {
    for (const [id, entry] of Object.entries(page.entries ?? {})) entries.push({ table: page.table, id, entry });
  }
  return entries.sort((a, b) => compare(a.table, b.table) || compare(a.id, b.id));
}

/** Every open conflict, ordered by its id. */
export async function openConflicts(db: Dexie): Promise<ConflictRow[]> {
  return flatten((await db.table(CONFLICTS).toArray()) as ConflictPage[]);
}

/** One conflict by its id (`<table>:<rowId>:…`); undefined when it was resolved meanwhile. */
export async function conflictById(db: Dexie, conflictId: string): Promise<ConflictRow | undefined> {
  const table = conflictId.slice(0, conflictId.indexOf(':'));
  const { lower, upper } = tablePageRange(table);
  const pages = (await db.table(CONFLICTS).where(':id').between(lower, upper, true, true).toArray()) as ConflictPage[];
  return flatten(pages).find((conflict) => conflict.id === conflictId);
}

function flatten(pages: readonly ConflictPage[]): ConflictRow[] {
  return pages.flatMap((page) => Object.values(page.rows ?? {}).flat()).sort((a, b) => compare(a.id, b.id));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
