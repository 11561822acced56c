import type { BackupContent } from '../../../shared/backup/backupFormat';
import type { KonventDatabase } from '../database';

export class RestoreRefused extends Error {
  constructor(readonly table: string) {
    super(`Tabelle ${table} passt nicht zu dieser Datenbank`);
    this.name = 'RestoreRefused';
  }
}

/**
 * Replaces every table with the backup's rows in ONE transaction: either the whole backup is in
 * place afterwards, or (on any error) the database is exactly as before. The content must come
 * from decodeBackup, which has checked every domain row; here the sync tables are checked
 * against this database's schema before anything is written.
 */
export async function replaceDatabase(db: KonventDatabase, content: BackupContent): Promise<void> {
  for (const [name, rows] of Object.entries(content.sync)) {
    const table = db.tables.find((t) => t.name === name);
    if (!table) throw new RestoreRefused(name);
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string' || rows.some((row) => row[keyPath] === undefined)) throw new RestoreRefused(name);
  }
  const incoming: Record<string, unknown[]> = { ...content.tables, ...content.sync };
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = incoming[table.name];
      if (rows?.length) await table.bulkAdd(rows);
    }
  });
}
