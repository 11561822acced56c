import type { Table } from 'dexie';

/**
 * The rows whose `index` equals any of `keys`, in the order `where(index).anyOf(keys)` gives (by key,
 * then primary key). anyOf walks one cursor over the whole key range, a request per step; this asks one
 * getAll per key, all at once, so a few dozen keys cost one wait instead of a hundred.
 */
export async function rowsWithAnyOf<T>(table: Table<T, string>, index: string, keys: readonly string[]): Promise<T[]> {
  const sorted = [...new Set(keys)].sort();
  return (await Promise.all(sorted.map((key) => table.where(index).equals(key).toArray()))).flat();
}

/** The primary keys of those rows, in the same order (getAllKeys per key: no row is read). */
export async function primaryKeysWithAnyOf<T>(table: Table<T, string>, index: string, keys: readonly string[]): Promise<string[]> {
  const sorted = [...new Set(keys)].sort();
  return (await Promise.all(sorted.map((key) => table.where(index).equals(key).primaryKeys()))).flat();
}
