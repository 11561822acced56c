import { domainTableNames } from '../../../shared/domain/tables';
import { emptyBackupTables, syncTableNamePattern, type BackupContent } from '../../../shared/backup/backupFormat';
import type { IndexableType, Table } from 'dexie';
import type { KonventDatabase } from '../database';

export interface BackupProgress {
  /** 0…1 over all rows of all tables. */
  fraction: number;
}

const CHUNK = 2_000;
/** The first page of a table is small; later pages hold about PAGE_BYTES of rows (a short task to unpack: a few ms a megabyte). */
const FIRST_PAGE = 4;
export const PAGE_BYTES = 1024 * 1024;

/** About how many bytes a row of this page takes, from a few of its rows. */
export function bytesPerRow(page: readonly unknown[]): number {
  const step = Math.max(1, Math.floor(page.length / 3));
  let bytes = 0;
  let sampled = 0;
  for (let i = 0; i < page.length; i += step) {
    bytes += JSON.stringify(page[i])?.length ?? 0;
    sampled += 1;
  }
  return Math.max(1, bytes / sampled);
}

/**
 * One table's rows in primary-key order, page by page: each page starts above the last key read
 * (an index range), so reading stays linear however large the table (offset() would skip all
 * earlier rows again for every page). Pages are sized by their rows' size, at most `chunk` rows:
 * the browser unpacks a page in one task, and a page of a few large rows (the sync engine's
 * clock and conflict pages) must not freeze the window.
 */
async function readInPages(table: Table, chunk: number, onPage: (rows: number) => void): Promise<Record<string, unknown>[]> {
  const keyPath = table.schema.primKey.keyPath;
  const rows: Record<string, unknown>[] = [];
  if (typeof keyPath !== 'string') {
    rows.push(...((await table.toArray()) as Record<string, unknown>[]));
    onPage(rows.length);
    return rows;
  }
  let last: IndexableType | undefined;
  let limit = Math.min(chunk, FIRST_PAGE);
  for (;;) {
    const range = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const page = (await range.limit(limit).toArray()) as Record<string, unknown>[];
    for (const row of page) rows.push(row);
    if (page.length > 0) onPage(page.length);
    if (page.length < limit) return rows;
    last = page[page.length - 1]![keyPath] as IndexableType;
    limit = Math.max(1, Math.min(chunk, Math.floor(PAGE_BYTES / bytesPerRow(page))));
  }
}

/**
 * Reads the whole database for a backup in ONE read transaction, so the backup is a consistent
 * state even while another tab or sync writes. Reports progress per page of rows.
 */
export async function readBackupContent(
  db: KonventDatabase,
  onProgress: (progress: BackupProgress) => void = () => undefined,
  chunk = CHUNK,
): Promise<BackupContent> {
  const syncTables = db.tables.filter((t) => syncTableNamePattern.test(t.name));
  const tables = [...domainTableNames.map((name) => db.table(name)), ...syncTables];
  const content: BackupContent = { tables: emptyBackupTables(), sync: {} };
  await db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((t) => t.count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    onProgress({ fraction: 0 });
    for (const table of tables) {
      const rows = await readInPages(table, chunk, (read) => {
        done += read;
        onProgress({ fraction: total ? Math.min(1, done / total) : 1 });
      });
      if (syncTableNamePattern.test(table.name)) content.sync[table.name] = rows;
      else (content.tables as Record<string, unknown[]>)[table.name] = rows;
    }
    onProgress({ fraction: 1 });
  });
  return content;
}
