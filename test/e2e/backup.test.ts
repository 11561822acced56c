import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { artifactsDir, appUrl, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations } from './harness/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const backupsDir = path.join(artifactsDir, 'backups');
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

async function conventNameField(page: Page) {
  return page.getByLabel('Name des Konvents');
}

async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('konvent');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  }, store);
}

describe('backup and restore through the UI (web mode, real IndexedDB)', () => {
  it('creates a backup as a download, refuses a damaged file, and restores after confirmation with a safety backup first', async () => {
    mkdirSync(backupsDir, { recursive: true });
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await page.goto(appUrl('/settings'));
    await page.getByRole('heading', { level: 2, name: 'Sicherung' }).waitFor();

    // Create: a download named for today.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sicherung erstellen' }).click()]);
    expect(download.suggestedFilename()).toBe(`Konvent-Sicherung-${today()}.konvent`);
    const backupFile = path.join(backupsDir, download.suggestedFilename());
    await download.saveAs(backupFile);
    await page.getByText(`Sicherung gespeichert: Konvent-Sicherung-${today()}.konvent`).waitFor();
    expect(readFileSync(backupFile).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    // Change the data after the backup.
    const name = await conventNameField(page);
    await name.fill('Geänderter Konvent');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();
    const personsBefore = await countRows(page, 'persons');

    // A truncated file is refused with a German message, and nothing changes.
    const truncated = path.join(backupsDir, 'abgeschnitten.konvent');
    const bytes = readFileSync(backupFile);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await page.getByLabel('Sicherungsdatei auswählen (.konvent)').setInputFiles(truncated);
    const alert = page.getByRole('alert').filter({ hasText: 'beschädigt oder unvollständig' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Ihre Daten sind unverändert');
    await screenshot(page, 'backup-rejected');
    expect(await (await conventNameField(page)).inputValue()).toBe('Geänderter Konvent');
    expect(await countRows(page, 'persons')).toBe(personsBefore);

    // A good file shows what it contains and waits for confirmation.
    await page.getByLabel('Sicherungsdatei auswählen (.konvent)').setInputFiles(backupFile);
    const summary = page.getByRole('group', { name: /Sicherung vom/ });
    await summary.waitFor();
    expect(await summary.getByRole('row', { name: /Personen/ }).textContent()).toContain('20');
    expect(await summary.getByRole('row', { name: /Ständige Vertretungen/ }).textContent()).toContain('2');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'backup-confirm');
    expect(await (await conventNameField(page)).inputValue()).toBe('Geänderter Konvent');

    // Confirm: the current data is saved first (a download in web mode), then replaced.
    const [safety] = await Promise.all([page.waitForEvent('download'), summary.getByRole('button', { name: 'Daten ersetzen' }).click()]);
    expect(safety.suggestedFilename()).toMatch(new RegExp(`^Konvent-Sicherung-${today()}-vor-Wiederherstellung-\\d{6}\\.konvent$`));
    await safety.saveAs(path.join(backupsDir, safety.suggestedFilename()));
    await page.getByText('Die Sicherung wurde wiederhergestellt.').waitFor();
    await expect.poll(async () => (await conventNameField(page)).inputValue()).toBe('Regionalkonvent Südwestsachsen');
    expect(await countRows(page, 'persons')).toBe(20);
    await screenshot(page, 'backup-restored');

    // The safety backup holds the changed data: restoring it brings the change back.
    await page.getByLabel('Sicherungsdatei auswählen (.konvent)').setInputFiles(path.join(backupsDir, safety.suggestedFilename()));
    await page.getByRole('group', { name: /Sicherung vom/ }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('writes the automatic daily backup into a chosen folder and keeps 14 daily + 12 monthly files', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await page.goto(appUrl('/settings'));
    await page.getByText('Noch kein Ordner gewählt').waitFor();

    // Stand-in for the folder picker: the origin-private file system, with 20 old daily backups
    // of January 2025 and one foreign file in it.
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      for (let day = 1; day <= 20; day += 1) {
        const file = await root.getFileHandle(`Konvent-Sicherung-2025-01-${String(day).padStart(2, '0')}.konvent`, { create: true });
        const writable = await file.createWritable();
        await writable.write('alt');
        await writable.close();
      }
      await root.getFileHandle('Notizen.txt', { create: true });
      const open = indexedDB.open('konvent-device');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('handles', 'readwrite');
        tx.objectStore('handles').put({ purpose: 'backupFolder', handle: root });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.reload();
    // The runner starts a few seconds after the app; the panel then shows today's backup.
    const [y, m, d] = today().split('-');
    await page.getByText(new RegExp(`Letzte automatische Sicherung: .*${d}\\.${m}\\.${y}`)).waitFor({ timeout: 30_000 });
    await screenshot(page, 'backup-automatic');
    const files = await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const names: string[] = [];
      for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
      return names.sort();
    });
    const january = Array.from({ length: 13 }, (_, i) => `Konvent-Sicherung-2025-01-${String(i + 8).padStart(2, '0')}.konvent`);
    expect(files).toEqual([...january, `Konvent-Sicherung-${today()}.konvent`, 'Notizen.txt'].sort());
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
