import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations } from './harness/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const screens = [
  ['/', 'Übersicht'],
  ['/plan', 'Sitzungsplan'],
  ['/sittings', 'Sitzungen'],
  ['/members', 'Mitglieder'],
  ['/minutes', 'Niederschriften'],
  ['/sync', 'Synchronisation'],
  ['/settings', 'Einstellungen'],
] as const;

describe('web mode foundation (real IndexedDB in Chromium)', () => {
  it('loads the demo data on first start, keeps it across a reload, and shows it', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    const load = page.getByRole('button', { name: 'Beispieldaten laden' });
    await load.waitFor();
    await screenshot(page, 'overview-first-run');
    await load.click();
    await expect.poll(() => page.getByText('18 Mitglieder im erweiterten Regionalkonvent').count()).toBe(1);
    await page.reload();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    expect(await page.getByText('5 Gebietskörperschaften im Regionalkonvent').count()).toBe(1);
    await screenshot(page, 'overview-demo');
    const stored = await page.evaluate(async () => {
      const open = indexedDB.open('konvent');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      return { persons: await count('persons'), deputies: await count('deputies'), guests: await count('guests') };
    });
    expect(stored).toEqual({ persons: 20, deputies: 2, guests: 1 });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('every screen opens from the navigation, by keyboard too, with no serious accessibility violation', async () => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      const { context, page } = await newAppPage(browser, size);
      await page.goto(appUrl('/'));
      await page.getByRole('button', { name: 'Neu beginnen' }).click();
      for (const [path, label] of screens) {
        await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: label, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: label }).waitFor();
        expect(page.url()).toContain(`#${path}`);
        expect(await seriousAxeViolations(page)).toEqual([]);
        await screenshot(page, `screen-${label}-${size.width}`);
      }
      // Keyboard: Tab from the top reaches the skip link, then the navigation.
      await page.goto(appUrl('/settings'));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }
  });

  it('switches the whole UI to English in Einstellungen and back, and keeps the choice after a reload', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await page.goto(appUrl('/settings'));
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.reload();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Settings', exact: true }).waitFor();
    for (const label of ['Overview', 'Schedule', 'Sittings', 'Members', 'Minutes', 'Synchronisation', 'Settings']) {
      expect(await nav.getByRole('link', { name: label, exact: true }).count()).toBe(1);
    }
    await nav.getByRole('link', { name: 'Overview', exact: true }).click();
    await page.getByText('18 members of the extended convent').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'overview-english');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(appUrl('/settings'));
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
