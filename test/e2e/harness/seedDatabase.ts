import type { Page } from 'playwright-core';
import { domainTableSchemas, type DomainTableName } from '../../../shared/domain/tables';

export type SeedRows = Partial<Record<DomainTableName, readonly object[]>>;

/**
 * Writes rows straight into the app's IndexedDB in the page (the app must have opened it once).
 * Every row is validated with the shared schema first, exactly as the app's writes are. Reload
 * the page afterwards: the app's live queries do not see writes from another connection.
 */
export async function seedDatabase(page: Page, rows: SeedRows): Promise<void> {
  for (const [table, list] of Object.entries(rows) as [DomainTableName, unknown[]][]) {
    for (const row of list) domainTableSchemas[table].parse(row);
  }
  await page.evaluate(async (data) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tables = Object.keys(data);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(tables, 'readwrite');
      for (const table of tables) for (const row of data[table]!) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows as Record<string, unknown[]>);
}
