import type { BackupContent } from '../../../shared/backup/backupFormat';
import type { KonventDatabase } from '../database';
import { markSyncTransaction } from '../sync/changeCapture';
import { bytesPerRow, PAGE_BYTES } from './readBackupContent';

export class RestoreRefused extends Error {
  constructor(readonly table: string) {
    super(`Tabelle ${table} passt nicht zu dieser Datenbank`);
    this.name = 'RestoreRefused';
  }
}

/**
 * Replaces every table with the backup's rows in ONE transaction: either the whole backup is in
 * place afterwards, or (on any error) the database is exactly as before. The content must come
 * from decodeBackup, which has checked every row, table and key against this database before the
 * user was asked (shared/backup/restoreChecks.ts); the check of the sync tables here is a last
 * guard only.
 *
 * The restore is not captured as new edits: publishing it would push old values over newer edits
 * of the other PCs. With the backup's sync state restored, this PC finds later log entries under
 * its own id in the folder, forks to a new id (DESIGN.md §4), and the next sync brings back every
 * change newer than the backup. Nothing another PC did is undone.
 */
export async function replaceDatabase(db: KonventDatabase, content: BackupContent): Promise<void> {
  for (const [name, rows] of Object.entries(content.sync)) {
    const table = db.tables.find((t) => t.name === name);
    if (!table) throw new RestoreRefused(name);
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string' || rows.some((row) => row[keyPath] === undefined)) throw new RestoreRefused(name);
  }
  const incoming: Record<string, unknown[]> = { ...content.tables, ...content.sync };
  await db.transaction('rw', db.tables, async (tx) => {
    markSyncTransaction(tx.idbtrans);
    for (const table of db.tables) {
      await table.clear();
      const rows = incoming[table.name] ?? [];
      // In batches of about half a megabyte: the browser packs each batch in one task.
      const batch = Math.max(1, Math.floor(PAGE_BYTES / bytesPerRow(rows.slice(0, 64))));
      for (let from = 0; from < rows.length; from += batch) await table.bulkAdd(rows.slice(from, from + batch));
    }
  });
}
