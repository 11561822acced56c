import type { Page } from 'playwright-core';
import { tableSlices } from './cdpSlices';

/**
 * Writes rows straight into the app's IndexedDB of a page (real IndexedDB in Chromium), table by
 * table in one transaction each. The app must have opened its database once (so the schema exists).
 */
export async function putRowsIntoAppDatabase(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  for (const part of tableSlices(tables)) await putSlice(page, part);
}

async function putSlice(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (data) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const [table, rows] of Object.entries(data)) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(table, 'readwrite');
        const store = tx.objectStore(table);
        for (const row of rows) store.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }, tables);
}
