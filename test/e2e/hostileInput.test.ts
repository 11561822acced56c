import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { artifactsDir, appUrl, launchBrowser, newAppPage, screenshot, seriousAxeViolations } from './harness/browser';
import { canonicalJsonNfc } from '../../shared/hashing/canonicalJson';
import { sha256Hex } from '../../shared/hashing/sha256';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every console message, page error and CSP violation from the first byte of the page on. */
async function watchConsole(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__reportCsp', (text: string) => seen.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return seen;
}

async function loadDemo(page: Page) {
  await page.goto(appUrl('/'));
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
}

describe('hostile and careless input in the running app (web mode, Chromium)', () => {
  it('a malformed or unknown link shows the app with "Seite nicht gefunden", never a white page', async () => {
    const { context, page } = await newAppPage(browser);
    const seen = await watchConsole(page);
    for (const link of ['/members/%E0%A4%A', '/gibt-es-nicht', '/%', '/members/gibt-es-nicht']) {
      await page.goto(appUrl(link));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(true);
    }
    await page.goto(appUrl('/members/%E0%A4%A'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'not-found-malformed-link');
    // The navigation still works from there.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mitglieder', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitglieder' }).waitFor();
    expect(seen).toEqual([]);
    await context.close();
  });

  it('no console error, warning or CSP violation on start and on any screen', async () => {
    const { context, page } = await newAppPage(browser);
    const seen = await watchConsole(page);
    await loadDemo(page);
    await page.reload();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    const screens: [string, string][] = [
      ['/plan', 'Sitzungsplan'],
      ['/sittings', 'Sitzungen'],
      ['/sittings/stats', 'Auswertung'],
      ['/members', 'Mitglieder'],
      ['/members/persons', ''],
      ['/members/territories', ''],
      ['/members/spokesperson', ''],
      ['/minutes', 'Niederschriften'],
      ['/minutes/tasks', 'Aufgaben'],
      ['/sync', 'Synchronisation'],
      ['/settings', 'Einstellungen'],
    ];
    for (const [link, heading] of screens) {
      await page.goto(appUrl(link));
      await page.reload();
      await (heading ? page.getByRole('heading', { level: 1, name: heading }) : page.getByRole('heading', { level: 1 })).first().waitFor();
      await page.getByText('Wird geladen …').waitFor({ state: 'hidden' });
    }
    await page.goto(appUrl('/minutes'));
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('heading', { level: 1, name: /Niederschrift der Sitzung/ }).waitFor();
    await page.goto(appUrl('/sittings'));
    await page.getByRole('link', { name: /28\.04\.2025/ }).first().click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForTimeout(500);
    expect(seen).toEqual([]);
    await context.close();
  });

  it('pasting 100,000 characters without spaces into a minutes text keeps the page responding (no task over 200 ms)', async () => {
    const { context, page } = await newAppPage(browser, { width: 1280, height: 1000 });
    await loadDemo(page);
    await page.goto(appUrl('/minutes'));
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('tab', { name: 'Tagesordnung' }).click();
    await page.getByRole('button', { name: 'Aus Vorlage übernehmen' }).click();
    await page.getByRole('tab', { name: 'Niederschrift' }).click();
    const notes = page.getByLabel('Text zu TOP 1', { exact: true });
    await notes.click();
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    const text = `**${'Regionalkonvent'.repeat(6667).slice(0, 100_000)}`;
    await page.keyboard.insertText(text);
    // Typing on in the long text.
    await notes.press('End');
    await notes.pressSequentially('*_ende', { delay: 20 });
    await expect.poll(() => notes.inputValue()).toBe(`${text}*_ende`);
    // The autosave stores it, and the preview shows it.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const db: IDBDatabase = await new Promise((resolve, reject) => {
              const open = indexedDB.open('konvent');
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            const rows: { notes: string }[] = await new Promise((resolve) => {
              const request = db.transaction('agendaItems').objectStore('agendaItems').getAll();
              request.onsuccess = () => resolve(request.result as { notes: string }[]);
            });
            db.close();
            return Math.max(...rows.map((row) => row.notes.length));
          }),
        { timeout: 30_000 },
      )
      .toBe(text.length + 6);
    const preview = page.getByRole('region', { name: 'Vorschau: Text zu TOP 1' });
    await expect.poll(async () => (await preview.textContent())?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(100_000);
    await page.waitForTimeout(500);
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(longTasks.filter((ms) => ms > 200), `long tasks: ${longTasks.join(', ')} ms`).toEqual([]);
    await context.close();
  });

  it('a backup whose rows point to missing rows is previewed with a warning and counts', async () => {
    const { context, page } = await newAppPage(browser);
    await loadDemo(page);
    await page.goto(appUrl('/settings'));
    await page.getByRole('heading', { level: 2, name: 'Sicherung' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sicherung erstellen' }).click()]);
    const dir = path.join(artifactsDir, 'backups');
    mkdirSync(dir, { recursive: true });
    const original = path.join(dir, 'hostile-original.konvent');
    await download.saveAs(original);

    // Someone removed a member (person and membership) from the file and fixed up the checksum.
    const envelope = JSON.parse(gunzipSync(readFileSync(original)).toString('utf8'));
    const tables = envelope.content.tables;
    const attended = new Set(tables.attendance.map((row: { membershipId: string }) => row.membershipId));
    const membership = tables.memberships.find((row: { id: string }) => attended.has(row.id));
    tables.memberships = tables.memberships.filter((row: { id: string }) => row.id !== membership.id);
    tables.persons = tables.persons.filter((row: { id: string }) => row.id !== membership.personId);
    for (const [name, rows] of Object.entries(tables)) envelope.counts[name] = (rows as unknown[]).length;
    envelope.sha256 = sha256Hex(canonicalJsonNfc(envelope.content));
    const forged = path.join(dir, 'hostile-missing-member.konvent');
    writeFileSync(forged, gzipSync(JSON.stringify(envelope)));
    const missingAttendance = tables.attendance.filter((row: { membershipId: string }) => row.membershipId === membership.id).length;

    await page.getByLabel('Sicherungsdatei auswählen (.konvent)').setInputFiles(forged);
    const warning = page.getByRole('group', { name: 'Verweise auf fehlende Einträge' });
    await warning.waitFor();
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain(
      missingAttendance === 1
        ? '1 Eintrag in „Anwesenheitseinträge“ verweist im Feld „Mitgliedschaft“ auf einen Eintrag in „Mitgliedschaften“, den es in der Sicherung nicht gibt.'
        : `${missingAttendance} Einträge in „Anwesenheitseinträge“ verweisen im Feld „Mitgliedschaft“ auf Einträge in „Mitgliedschaften“, die es in der Sicherung nicht gibt.`,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('group', { name: /Sicherung vom/ }).screenshot({ path: path.join(artifactsDir, 'backup-preview-reference-warnings.png') });
    await screenshot(page, 'backup-preview-reference-warnings-page');
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await context.close();
  });
});
