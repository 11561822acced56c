import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations } from './harness/browser';

/**
 * Sync in Chromium: real IndexedDB, the File System Access adapter over an OPFS folder, the same
 * engine as in the app. The harness is bundled here and evaluated in the page (it is not part of
 * the app build).
 */
let browser: Browser;
let harnessSource: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const result = await build({
    entryPoints: ['test/e2e/sync/syncHarness.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    define: { __APP_VERSION__: JSON.stringify('0.1.0') },
    logLevel: 'silent',
  });
  harnessSource = result.outputFiles[0]!.text;
});
afterAll(async () => {
  await browser?.close();
});

type Harness = {
  twoPcsConverge(): Promise<{ a: Record<string, unknown>; b: Record<string, unknown>; persons: string[]; guest: string; files: string[] }>;
  ownFolderRemoved(): Promise<{ again: { kind: string }; files: string[]; arrived: string | undefined; persons: { a: number; b: number } }>;
  prepareScreen(): Promise<{ person: string }>;
  otherPcEdits(personId: string, notes: string): Promise<void>;
  prepareFaultScreen(): Promise<void>;
};

async function withHarness(page: Page): Promise<void> {
  await page.evaluate(harnessSource);
}

describe('sync in the browser (OPFS folder, web adapter, real IndexedDB)', () => {
  it('two databases in one page converge through one OPFS folder', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await withHarness(page);
    const result = await page.evaluate(() => (window as unknown as { konventSyncHarness: Harness }).konventSyncHarness.twoPcsConverge());
    expect(result.a).toEqual(result.b);
    const persons = (result.a as { domain: { persons: { id: string; email: string; phone: string; notes: string }[] } }).domain.persons;
    expect(persons.find((p) => p.id === result.persons[0])).toMatchObject({ email: 'landrat@landkreis-zwickau.example', phone: '0375 4402-0' });
    expect(persons.find((p) => p.id === result.persons[1])?.notes).toBe('Chemnitz');
    const conflicts = (result.a as { conflicts: { loser: { v: string } }[] }).conflicts;
    expect(conflicts.map((c) => c.loser.v)).toEqual(['Zwickau']);
    expect((result.a as { domain: { guests: { id: string }[] } }).domain.guests.some((g) => g.id === result.guest)).toBe(false);
    expect(result.files).toEqual(['devices', 'konvent-sync.json']);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('a PC whose own device folder was deleted writes it again at the next sync, and a new PC gets all of it', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await withHarness(page);
    const result = await page.evaluate(() => (window as unknown as { konventSyncHarness: Harness }).konventSyncHarness.ownFolderRemoved());
    expect(result.again.kind).toBe('synced');
    expect(result.files).toEqual(expect.arrayContaining(['head.json', 'log']));
    expect(result.arrived).toBe('nach dem Löschen geändert');
    expect(result.persons.b).toBe(result.persons.a);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('the sync screen shows the conflict and the bad file, resolves the conflict and syncs on "Jetzt synchronisieren"', async () => {
    const { context, page } = await newAppPage(browser, { width: 1280, height: 800 });
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).waitFor();
    await withHarness(page);
    const { person } = await page.evaluate(() => (window as unknown as { konventSyncHarness: Harness }).konventSyncHarness.prepareScreen());
    await page.goto(appUrl('/sync'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Synchronisation' }).waitFor();
    const conflicts = page.getByTestId('sync-conflicts');
    await conflicts.getByText('auf zwei PCs geändert', { exact: true }).waitFor();
    await expect.poll(() => conflicts.getByText('buero.landrat@landkreis-zwickau.example').count()).toBe(1);
    expect(await conflicts.getByText('c.scheurer@landkreis-zwickau.example').count()).toBe(1);
    const badFiles = page.getByTestId('sync-bad-files');
    await badFiles.getByText('Die Prüfsumme stimmt nicht: Der Inhalt wurde verändert.').waitFor();
    expect(await page.getByRole('cell', { name: 'Geschäftsstelle Chemnitz' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sync-conflict-and-bad-file');

    // Take Zwickau's value: the conflict goes away and the value applies.
    await conflicts.getByRole('button', { name: 'Diesen Wert übernehmen' }).click();
    await conflicts.getByText('Keine Konflikte.').waitFor();

    // Another PC changes something; "Jetzt synchronisieren" fetches it.
    await withHarness(page);
    await page.evaluate((id) => (window as unknown as { konventSyncHarness: Harness }).konventSyncHarness.otherPcEdits(id, 'Vertretung durch Herrn Beier'), person);
    await page.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
    await expect
      .poll(
        () =>
          page.evaluate(async (id) => {
            const open = indexedDB.open('konvent');
            const db: IDBDatabase = await new Promise((resolve, reject) => {
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            const row = await new Promise<{ notes: string; email: string }>((resolve) => {
              const request = db.transaction('persons').objectStore('persons').get(id);
              request.onsuccess = () => resolve(request.result);
            });
            db.close();
            return [row.notes, row.email];
          }, person),
        { timeout: 20_000 },
      )
      .toEqual(['Vertretung durch Herrn Beier', 'c.scheurer@landkreis-zwickau.example']);
    await page.getByTestId('sync-waiting').getByText('keine – alles übertragen').waitFor();
    await screenshot(page, 'sync-after-resolving');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('the sync screen shows held-back changes of a PC whose clock is ahead, a vanished PC folder and a conflict; taking the held changes applies them', async () => {
    const { context, page } = await newAppPage(browser, { width: 1280, height: 1000 });
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).waitFor();
    await withHarness(page);
    await page.evaluate(() => (window as unknown as { konventSyncHarness: Harness }).konventSyncHarness.prepareFaultScreen());
    await page.goto(appUrl('/sync'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Synchronisation' }).waitFor();
    const held = page.getByTestId('sync-held-back');
    await held.getByText(/^„Außenstelle Plauen“: 1 Änderung mit der Uhrzeit /).waitFor();
    await page.getByTestId('sync-vanished').getByText(/Der Ordner von „Altes Notebook“ ist aus dem Synchronisationsordner verschwunden/).waitFor();
    await page.getByTestId('sync-conflicts').getByText('auf zwei PCs geändert', { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sync-held-back-vanished-conflict');
    await held.getByRole('button', { name: 'Änderungen von „Außenstelle Plauen“ jetzt übernehmen' }).click();
    await held.waitFor({ state: 'detached', timeout: 20_000 });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
