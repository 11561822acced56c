import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { appUrl, fillDateField, screenshot, seriousAxeViolations } from './harness/browser';
import { chromiumPath } from './harness/globalSetup';

/**
 * Issue 15.1: dates and times look German wherever the UI is German, whatever the browser's locale.
 * Chromium is started in US English (the locale of many office PCs' browsers and of this machine).
 */
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--lang=en-US'],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('date and time fields in an en-US browser', () => {
  it('show TT.MM.JJJJ and 24-hour times in German mode, take keyboard entry and a calendar pick, and pass axe', async () => {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(appUrl('/sittings'));
    await page.getByRole('button', { name: 'Sitzung anlegen' }).click();

    const date = page.getByRole('group', { name: 'Datum', exact: true });
    const start = page.getByRole('group', { name: 'Beginn', exact: true });
    // Empty fields show the German pattern, not "mm/dd/yyyy".
    await expect.poll(() => date.innerText()).toMatch(/TT\s*\.\s*MM\s*\.\s*JJJJ/);

    await fillDateField(page, 'Datum', '2026-03-11');
    await fillDateField(page, 'Beginn', '14:00');
    await fillDateField(page, 'Ende', '16:30');
    expect((await date.innerText()).replace(/[\s\u2066-\u2069]/g, '')).toContain('11.03.2026');
    expect((await start.innerText()).replace(/[\s\u2066-\u2069]/g, '')).toBe('14:00');
    expect(await start.innerText()).not.toMatch(/PM|AM/);

    // The calendar pop-up: German month and weekdays, pick the 25th.
    await page.getByRole('button', { name: 'Kalender öffnen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kalender' });
    await expect.poll(() => dialog.innerText()).toContain('März 2026');
    await dialog.getByRole('button', { name: /25\. März 2026/ }).click();
    await expect.poll(async () => (await date.innerText()).replace(/[\s\u2066-\u2069]/g, '')).toContain('25.03.2026');

    await screenshot(page, 'date-fields-de-in-en-US-browser');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The form saves the ISO date typed and picked above.
    await page.getByLabel('Ort', { exact: true }).fill('Rathaus Plauen');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Anwesenheit' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/25\.03\.2026/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/14:00/);
    await context.close();
  });

  it('follow the UI language when it is switched to English: DD/MM/YYYY, 24-hour, English calendar', async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(appUrl('/settings'));
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.goto(appUrl('/sittings'));
    await page.getByRole('button', { name: 'New sitting' }).click();
    const date = page.getByRole('group', { name: 'Date', exact: true });
    await expect.poll(() => date.innerText()).toMatch(/DD\s*\/\s*MM\s*\/\s*YYYY/);
    await fillDateField(page, 'Date', '2026-03-11');
    await fillDateField(page, 'Start', '14:00');
    expect((await date.innerText()).replace(/[\s\u2066-\u2069]/g, '')).toContain('11/03/2026');
    await page.getByRole('button', { name: 'Open calendar' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Calendar' }).innerText()).toContain('March 2026');
    await screenshot(page, 'date-fields-en');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
