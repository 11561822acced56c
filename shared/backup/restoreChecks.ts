import type { BackupContent } from './backupFormat';

/** A table of the database the backup is restored into: its primary key and unique indexes. */
export interface StoreShape {
  /** Key path of the primary key; null when it is not a single property (never restorable from a file). */
  primaryKey: string | null;
  /** Key paths of unique indexes (e.g. one minutes row per sitting). */
  unique: readonly string[];
}
export type DatabaseShape = Readonly<Record<string, StoreShape>>;

export type KeyProblem =
  | { code: 'unknown-sync-table'; table: string }
  | { code: 'missing-key'; table: string; index: number; field: string }
  | { code: 'duplicate-key'; table: string; field: string; key: string };

/** A value IndexedDB accepts as a key of ours: text or a finite number. */
const isKey = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/**
 * Everything the restore will write, checked against the database before the user is asked:
 * each table exists here, each row has its primary key, and no key or unique value appears
 * twice (the database would refuse such rows only in the middle of the restore).
 */
export function checkKeys(content: BackupContent, shape: DatabaseShape): KeyProblem | null {
  const tables: [string, readonly Record<string, unknown>[]][] = [
    ...(Object.entries(content.tables) as [string, Record<string, unknown>[]][]),
    ...Object.entries(content.sync),
  ];
  for (const [table, rows] of tables) {
    const store = Object.hasOwn(shape, table) ? shape[table] : undefined;
    if (!store || store.primaryKey === null) return { code: 'unknown-sync-table', table };
    for (const field of [store.primaryKey, ...store.unique]) {
      const primary = field === store.primaryKey;
      const seen = new Set<string>();
      for (const [index, row] of rows.entries()) {
        const value = row[field];
        if (value === undefined && !primary) continue;
        if (!isKey(value)) return { code: 'missing-key', table, index, field };
        const key = `${typeof value}:${value}`;
        if (seen.has(key)) return { code: 'duplicate-key', table, field, key: String(value) };
        seen.add(key);
      }
    }
  }
  return null;
}
