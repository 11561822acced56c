import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { appUrl, artifactsDir, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations, fillDateField } from './harness/browser';
import { pdfPageSpec } from '../../shared/print/pdfPageSpec';
import { playwrightPdfOptions } from './harness/playwrightPdfOptions';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The Mittelsachsen row of the register: its member cell and its deputies cell. */
async function mittelsachsenRow(page: Page): Promise<string> {
  const row = page.getByRole('table', { name: /Gebietskörperschaften/ }).getByRole('row').filter({ hasText: 'Landkreis Mittelsachsen' }).first();
  return (await row.innerText()).replace(/\s+/g, ' ');
}

async function setAsOf(page: Page, date: string) {
  await fillDateField(page, 'Stand am', date);
}

describe('Mitglieder in Chromium (demo data, real IndexedDB)', () => {
  it('records a succession with a date and shows the old holder before it and the new one after it', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mitglieder', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitglieder' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gebietskörperschaften (5)' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Persönlichkeiten (10)' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Ständige Mitglieder (3)' }).count()).toBe(1);
    expect(await page.getByText(/^18 Mitglieder am /).count()).toBe(1);
    expect(await page.getByText('Landrat Carsten Michaelis').count()).toBeGreaterThan(0); // Sprecher line
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'members-register');

    // Filters and search narrow the list.
    await page.getByLabel('Gremium').selectOption('core');
    await page.getByText(/^5 Mitglieder am /).waitFor();
    await page.getByLabel('Gremium').selectOption('extended');
    await page.getByLabel('Suche', { exact: true }).fill('passler');
    await page.getByText(/^1 Mitglied am /).waitFor();
    await page.getByLabel('Suche', { exact: true }).fill('');

    // The seat of Mittelsachsen's Landrat, then "Nachfolge eintragen".
    await page.getByRole('link', { name: 'Sitz und Verlauf von Sven Krüger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sitz und Verlauf: Landrat · Landkreis Mittelsachsen' }).waitFor();
    await page.getByRole('link', { name: 'Nachfolge eintragen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Nachfolge eintragen/ }).waitFor();

    // Invalid: nothing entered. The message is at the field and focus moves there.
    await page.getByRole('button', { name: 'Nachfolge eintragen' }).click();
    await page.getByText('Bitte das Datum des Wechsels angeben').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('spinbutton');
    expect(await page.getByText('Bitte eine Person auswählen oder eine neue anlegen').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'members-succession-errors');

    await fillDateField(page, 'Wechsel zum', '2026-10-01');
    await page.getByLabel('Nachfolgerin oder Nachfolger').selectOption({ label: 'Neue Person anlegen …' });
    await page.getByLabel('Vorname').fill('Anna');
    await page.getByLabel('Nachname').fill('Beispiel');
    await page.getByLabel('Funktion').fill('Landrätin');
    await page.getByLabel('Organisation').fill('Landkreis Mittelsachsen');
    expect(await page.getByRole('checkbox', { name: /Erster Beigeordneter Dr. Lothar Beier/ }).isChecked()).toBe(true);
    await screenshot(page, 'members-succession-form');
    await page.getByRole('button', { name: 'Nachfolge eintragen' }).click();

    // Back on the seat: the history shows both holders.
    await page.getByText('Nachfolge eingetragen: Anna Beispiel ab 01.10.2026.').waitFor();
    const history = page.getByRole('table').first();
    expect((await history.innerText()).replace(/\s+/g, ' ')).toMatch(/28\.04\.2025 – 30\.09\.2026 Sven Krüger Landrat .*seit 01\.10\.2026 Anna Beispiel Landrätin/);
    await page.getByRole('heading', { level: 2, name: 'Ständige Vertretungen von Anna Beispiel (seit 01.10.2026)' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'members-seat-history');

    // The register before and after the change.
    await page.getByRole('link', { name: 'Zurück zum Register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitglieder' }).waitFor();
    await setAsOf(page, '2026-09-30');
    await page.getByText('18 Mitglieder am Mi., 30.09.2026').waitFor();
    expect(await mittelsachsenRow(page)).toContain('Sven Krüger Landrat Landkreis Mittelsachsen Landkreis Mittelsachsen Erster Beigeordneter Dr. Lothar Beier');
    await setAsOf(page, '2026-10-01');
    await page.getByText('18 Mitglieder am Do., 01.10.2026').waitFor();
    const after = await mittelsachsenRow(page);
    expect(after).toContain('Anna Beispiel Landrätin');
    expect(after).toContain('Erster Beigeordneter Dr. Lothar Beier');
    expect(await page.getByText('Sven Krüger', { exact: true }).count()).toBe(0);

    // CSV as German Excel reads it: BOM, ';', umlauts.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Register als CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('Mitgliederregister-2026-10-01.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(19);
    expect(lines[0]!.split(';')).toContain('Ständige Vertretung');
    expect(lines.find((l) => l.includes('Beispiel'))).toBe(
      'Gebietskörperschaften;Regionalkonvent und erweiterter Regionalkonvent;Landkreis Mittelsachsen;;Anna;Beispiel;Landrätin;Landkreis Mittelsachsen;01.10.2026;;Erster Beigeordneter Dr. Lothar Beier;;;',
    );
    expect(csv).toContain(';Marion;Päßler;');
    expect(csv).toContain(';Matthias;Lißke;');
    expect(csv).not.toContain('Krüger');

    // The same register as .xlsx from the browser build (ExcelJS under the app's CSP), read back.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Register als Excel-Datei (.xlsx)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('Mitgliederregister-2026-10-01.xlsx');
    const workbook = new ExcelJS.Workbook();
    const xlsxBytes = readFileSync((await xlsx.path())!);
    await workbook.xlsx.load(xlsxBytes.buffer.slice(xlsxBytes.byteOffset, xlsxBytes.byteOffset + xlsxBytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Mitgliederregister')!;
    expect(sheet.rowCount).toBe(19);
    const beispiel = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(6).value === 'Beispiel')!;
    expect((beispiel.getCell(9).value as Date).toISOString()).toBe('2026-10-01T00:00:00.000Z');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('every page of the screen is keyboard-labelled and has no serious accessibility violation', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await page.goto(appUrl('/members'));
    await page.getByRole('heading', { level: 1, name: 'Mitglieder' }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Bereiche der Mitgliederverwaltung' });

    for (const [tab, heading, shot] of [
      ['Personen', 'Personen', 'members-persons'],
      ['Gebietskörperschaften', 'Gebietskörperschaften', 'members-territories'],
      ['Sprecher', 'Sprecher des Regionalkonvents', 'members-spokesperson'],
    ] as const) {
      await tabs.getByRole('link', { name: tab }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1'); // focus moved to the new page
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, shot);
    }

    // The new-member form with its messages.
    await tabs.getByRole('link', { name: 'Register' }).click();
    await page.getByRole('link', { name: 'Mitglied hinzufügen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitglied hinzufügen' }).waitFor();
    await page.getByLabel('Person').selectOption({ label: 'Neue Person anlegen …' });
    await page.getByLabel('Kategorie').selectOption('head');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Bitte den Vornamen angeben').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('person.newPerson.firstName');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'members-new-member-errors');

    // A person page and the refusal to delete someone who attended a sitting, in a modal dialog.
    await page.goto(appUrl('/members/persons'));
    await page.getByRole('link', { name: 'Bearbeiten: Dr. Lothar Beier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Person: Dr. Lothar Beier' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'members-person');
    await page.getByRole('button', { name: 'Person löschen' }).click();
    const refused = page.getByRole('dialog', { name: 'Löschen nicht möglich' });
    await refused.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'members-delete-refused');
    await page.keyboard.press('Escape');
    await refused.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Person löschen');

    // Deleting an unused person: confirm, then undo from the message line.
    await page.goto(appUrl('/members/persons'));
    await page.getByRole('link', { name: 'Bearbeiten: Frank Wagner' }).click();
    await page.getByRole('button', { name: 'Person löschen' }).click();
    await page.getByRole('dialog', { name: 'Frank Wagner löschen?' }).getByRole('button', { name: 'Löschen' }).click();
    await page.getByText('Frank Wagner wurde gelöscht.').waitFor();
    expect(await page.getByRole('row', { name: /Frank Wagner/ }).count()).toBe(0);
    await screenshot(page, 'members-deleted-undo');
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await page.getByText('Wiederhergestellt.').waitFor();
    await page.getByRole('row', { name: /Frank Wagner/ }).waitFor();

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('prints the register as an A4 PDF that reads back with pdftotext', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();

    await page.goto(appUrl('/print/register/2025-09-01'));
    await page.locator('[data-print-ready="true"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const spec = pdfPageSpec();
    mkdirSync(artifactsDir, { recursive: true });
    const pdfPath = path.join(artifactsDir, 'register.pdf');
    await page.pdf({ path: pdfPath, ...playwrightPdfOptions(spec) });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Mitgliederregister');
    expect(text).toContain('Stand: Montag, 1. September 2025');
    expect(text).toContain('18 Mitglieder');
    expect(text).toContain('Sprecher des Regionalkonvents: Landrat Carsten Michaelis (seit 01.01.2025)');
    expect(text).toMatch(/Gebietskörperschaften \(5\)[\s\S]*Persönlichkeiten \(10\)[\s\S]*Ständige Mitglieder \(3\)/);
    expect(text).toMatch(/Sven Krüger .*Landrat, Landkreis .*Erster Beigeordneter/); // one row: member, function, deputy
    expect(text).toMatch(/Bürgermeister Ralph\s[\s\S]*Burghart/);
    expect(text).toContain('Marion Päßler');
    expect(text).toMatch(/Mitgliederregister · Stand 01\.09\.2025\s+Seite 1 von \d/);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(info).toMatch(/Title:\s+Mitgliederregister · Stand 01\.09\.2025/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(artifactsDir, 'register-page')]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
