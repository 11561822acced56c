import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations } from './harness/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const listDates = (page: Page) => page.locator('table.sitting-list tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sitting-date') ?? ''));
const listNotes = (page: Page) => page.locator('table.sitting-list tbody td.plan-note').allInnerTexts();

describe('Sitzungsplan in Chromium: dates already past, notes in the UI language', () => {
  it('a plan made in March names the past dates, creates only the future ones; the notes follow the language and the host', async () => {
    const { page } = await newAppPage(browser, { width: 1280, height: 800 });
    await page.clock.setFixedTime(new Date('2026-03-12T10:00:00+01:00'));
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();

    await page.goto(appUrl('/plan/2026/new'));
    await page.getByRole('heading', { name: 'Sitzungsplan 2026 erstellen' }).waitFor();
    await page.getByText('3 Termine liegen in der Vergangenheit: Mi., 14.01.2026, Mi., 11.02.2026 und Mi., 11.03.2026. Sie werden nicht als „geplant“ angelegt.').waitFor();
    await page.getByRole('button', { name: 'Plan speichern (12 Sitzungen)' }).click();
    const dialog = page.getByRole('dialog', { name: '3 Termine liegen in der Vergangenheit' });
    await dialog.getByText('Die übrigen 9 Termine werden wie in der Vorschau gespeichert.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-past-dates-dialog');
    await dialog.getByRole('button', { name: 'Nur künftige Termine anlegen (9)' }).click();
    await page.getByText('Der Sitzungsplan wurde gespeichert.').waitFor();
    await expect.poll(() => listDates(page)).toHaveLength(9);
    const dates = await listDates(page);
    expect(dates.every((date) => date >= '2026-03-12')).toBe(true);
    const stored = await page.evaluate(async () => {
      const open = indexedDB.open('konvent');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<{ date: string; status: string }[]>((resolve) => {
        const request = db.transaction('sittings').objectStore('sittings').getAll();
        request.onsuccess = () => resolve(request.result as { date: string; status: string }[]);
      });
      db.close();
      return rows;
    });
    expect(stored.filter((s) => s.status === 'planned' && s.date < '2026-03-12')).toEqual([]);

    // Cancel April (its host keeps the turn), then switch to English: the notes are English.
    await page.getByRole('button', { name: 'Absagen: Sitzung am Mi., 08.04.2026' }).click();
    await page.getByLabel('Grund (erscheint im Plan)').fill('Landtagssitzung');
    await page.getByRole('button', { name: 'Sitzung absagen' }).click();
    await page.getByText('Die Sitzung wurde abgesagt.').waitFor();
    await expect.poll(async () => (await listNotes(page))[0]).toBe('Abgesagt, Landtagssitzung, Stadt Chemnitz behält das Gastgeberrecht');
    expect((await listNotes(page))[1]).toBe('Gastgeber Stadt Chemnitz statt Landkreis Zwickau (Absage am Mi., 08.04.2026)');

    await page.goto(appUrl('/settings'));
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goto(appUrl('/plan/2026'));
    await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
    await expect.poll(async () => (await listNotes(page))[0]).toBe('Cancelled, Landtagssitzung, Stadt Chemnitz keeps its turn as host');
    expect((await listNotes(page))[1]).toBe('Host Stadt Chemnitz instead of Landkreis Zwickau (cancellation on Wed, 08/04/2026)');
    const table = await page.locator('table.sitting-list').innerText();
    expect(table).not.toMatch(/Abgesagt|Gastgeber|statt|Verschoben|Feiertag|Sitzung des/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-list-en');

    // Cancelling May as well changes June's host a second time (Mittelsachsen in the plan, Zwickau after
    // April's cancellation): its reason names the host it has now, not Zwickau in between.
    await page.getByRole('button', { name: 'Cancel: sitting of Wed, 13/05/2026' }).click();
    await page.getByRole('button', { name: 'Cancel sitting' }).click();
    await page.getByText('The sitting was cancelled.').waitFor();
    await expect.poll(async () => (await listNotes(page))[2]).toBe('Host Stadt Chemnitz instead of Landkreis Mittelsachsen (cancellations on Wed, 08/04/2026 and Wed, 13/05/2026)');
    expect(pageErrors(page)).toEqual([]);
  });
});
