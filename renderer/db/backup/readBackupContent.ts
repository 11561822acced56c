import { domainTableNames } from '../../../shared/domain/tables';
import { emptyBackupTables, syncTableNamePattern, type BackupContent } from '../../../shared/backup/backupFormat';
import type { KonventDatabase } from '../database';

export interface BackupProgress {
  /** 0…1 over all rows of all tables. */
  fraction: number;
}

const CHUNK = 2_000;

/**
 * Reads the whole database for a backup in ONE read transaction, so the backup is a consistent
 * state even while another tab or sync writes. Reports progress per chunk of rows.
 */
export async function readBackupContent(db: KonventDatabase, onProgress: (progress: BackupProgress) => void = () => undefined): Promise<BackupContent> {
  const syncTables = db.tables.filter((t) => syncTableNamePattern.test(t.name));
  const tables = [...domainTableNames.map((name) => db.table(name)), ...syncTables];
  const content: BackupContent = { tables: emptyBackupTables(), sync: {} };
  await db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((t) => t.count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    onProgress({ fraction: 0 });
    for (const [i, table] of tables.entries()) {
      const rows: Record<string, unknown>[] = [];
      for (let offset = 0; offset < (counts[i] ?? 0); offset += CHUNK) {
        const chunk = (await table.offset(offset).limit(CHUNK).toArray()) as Record<string, unknown>[];
        rows.push(...chunk);
        done += chunk.length;
        onProgress({ fraction: total ? done / total : 1 });
      }
      if (syncTableNamePattern.test(table.name)) content.sync[table.name] = rows;
      else (content.tables as Record<string, unknown[]>)[table.name] = rows;
    }
    onProgress({ fraction: 1 });
  });
  return content;
}
