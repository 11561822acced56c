import Dexie, { type DBCoreTable, type DBCoreTransaction } from 'dexie';

/**
 * _clock and _conflicts keep the entries of a table's rows in pages: a row's page is fixed by a
 * hash of its id. IndexedDB's cost is per stored record (Chromium: about 0.1 ms per put, whatever
 * its size), so writing the clocks of thousands of rows as a few hundred pages is what lets a new
 * PC join a ten-year folder in about the time a plain bulkPut of the rows takes. A local edit
 * rewrites one page (a few dozen rows' clocks).
 */
export const PAGES_PER_TABLE = 64;

/** FNV-1a: cheap, and the same page on every run and every PC. */
function pageNumber(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % PAGES_PER_TABLE;
}

export const pageKey = (table: string, id: string) => `${table}#${pageNumber(id).toString(16).padStart(2, '0')}`;

/** Every page of a table sorts between these keys ('#' sorts before any character of a table name). */
export const tablePageRange = (table: string) => ({ lower: `${table}#`, upper: `${table}#\uffff` });

/** A DBCore key range over all keys (DBCoreRangeType.Any; a const enum, so not importable here). */
export const ANY_KEY = { type: 3, lower: undefined, upper: undefined } as const;

/** Pages by key; missing pages are absent from the map. A table's pages come in one request when many are asked for. */
export function readPages<P>(store: DBCoreTable, trans: DBCoreTransaction, table: string, keys: readonly string[]): Promise<Map<string, P>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return Dexie.Promise.resolve(new Map());
  const keyOf = (page: unknown) => store.schema.primaryKey.extractKey!(page) as string;
  if (unique.length <= 4) {
    return store
      .getMany({ trans, keys: unique })
      .then((pages) => new Map(pages.filter((page) => page !== undefined).map((page) => [keyOf(page), page as P])));
  }
  const { lower, upper } = tablePageRange(table);
  return store
    .query({ trans, values: true, query: { index: store.schema.primaryKey, range: { type: 2, lower, upper, lowerOpen: false, upperOpen: false } } })
    .then((found) => {
      const wanted = new Set(unique);
      return new Map((found.result as P[]).filter((page) => wanted.has(keyOf(page))).map((page) => [keyOf(page), page]));
    });
}
