import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { pdfPageSpec } from '../../shared/print/pdfPageSpec';
import { playwrightPdfOptions } from './harness/playwrightPdfOptions';
import { appUrl, artifactsDir, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations, fillDateField } from './harness/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const hostedThisYear = async (page: Page, territory: string) =>
  Number(await page.locator(`tr[data-territory="${territory}"] [data-testid="hosted-year"]`).textContent());

/** The list view's rows as "date · host" lines. */
const listRows = (page: Page) =>
  page.locator('table.sitting-list tbody tr').evaluateAll((rows) =>
    rows.map((r) => `${r.querySelector('.sitting-date')?.textContent ?? ''} · ${r.querySelectorAll('td')[1]?.textContent ?? ''}`),
  );

describe('Sitzungsplan in Chromium (demo data, real IndexedDB)', () => {
  it('creates the 2026 plan, moves a sitting, swaps two hosts, the fairness view follows; cancels; exports .ics and PDF', async () => {
    const { context, page } = await newAppPage(browser, { width: 1280, height: 800 });
    // "Today" is fixed: the 2026 plan is made in December 2025 (none of its dates has passed), and the
    // changes later happen on 21.11.2026, so the notice-period warning does not depend on when the test runs.
    await page.clock.setFixedTime(new Date('2025-12-01T10:00:00+01:00'));
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();

    // --- create the plan
    await page.goto(appUrl('/plan/2026'));
    await page.getByText('Für 2026 gibt es noch keinen Sitzungsplan.').waitFor();
    await page.getByRole('link', { name: 'Plan für 2026 erstellen' }).click();
    await page.getByRole('heading', { name: 'Sitzungsplan 2026 erstellen' }).waitFor();
    // Default first host continues the rotation after Zwickau (sitting of 28.04.2025).
    await page.getByText('Setzt die Rotation fort: zuletzt Landkreis Zwickau am Mo., 28.04.2025, als Nächstes Landkreis Mittelsachsen.').waitFor();
    await page.getByRole('checkbox', { name: 'August' }).check();
    await page.getByRole('radio', { name: /eine Woche später verschieben/ }).check();
    await page.getByRole('button', { name: 'Sächsische Schulferien 2026 übernehmen' }).click();
    expect(await page.getByLabel('Bezeichnung').count()).toBe(6);

    // Keyboard reorder: Alt+Arrow up moves Stadt Chemnitz before Vogtlandkreis, and back.
    const chemnitz = page.getByRole('button', { name: 'Stadt Chemnitz', exact: true });
    await chemnitz.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByText('Stadt Chemnitz steht jetzt an Position 4 von 5.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stadt Chemnitz');
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByText('Stadt Chemnitz steht jetzt an Position 5 von 5.').waitFor();

    const preview = page.getByRole('table', { name: 'Vorschau' });
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(12);
    const previewText = await preview.innerText();
    expect(previewText).toContain('keine Sitzung');
    expect(previewText).toContain('Sperrzeit: Winterferien 2026');
    expect(previewText).toContain('Vorgezogen vom Mi., 08.07.2026 (Sperrzeit: Sommerferien 2026) auf Mi., 01.07.2026');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-preview');
    await page.getByRole('button', { name: 'Plan speichern (11 Sitzungen)' }).click();

    // --- the saved plan
    await page.getByText('Der Sitzungsplan wurde gespeichert.').waitFor();
    await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+01:00'));
    await expect.poll(() => listRows(page)).toEqual([
      'Mi., 14.01.2026 · Landkreis Mittelsachsen',
      'Mi., 25.02.2026 · Erzgebirgskreis',
      'Mi., 11.03.2026 · Vogtlandkreis',
      'Mi., 15.04.2026 · Stadt Chemnitz',
      'Mi., 13.05.2026 · Landkreis Zwickau',
      'Mi., 10.06.2026 · Landkreis Mittelsachsen',
      'Mi., 01.07.2026 · Erzgebirgskreis',
      'Mi., 09.09.2026 · Vogtlandkreis',
      'Mi., 28.10.2026 · Stadt Chemnitz',
      'Mi., 11.11.2026 · Landkreis Zwickau',
      'Mi., 09.12.2026 · Landkreis Mittelsachsen',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // --- fairness before the changes
    await page.getByRole('link', { name: 'Gastgeber-Verteilung' }).click();
    await page.getByRole('heading', { name: 'Gastgeber-Verteilung' }).waitFor();
    expect(await hostedThisYear(page, 'Landkreis Mittelsachsen')).toBe(3);
    expect(await hostedThisYear(page, 'Erzgebirgskreis')).toBe(2);
    await page.getByText('Die Gastgeber sind ausgewogen verteilt').waitFor();
    await page.getByRole('link', { name: 'Liste' }).click();

    // --- move one sitting: warnings first (holiday, past, same month), then the notice period
    await page.getByRole('button', { name: 'Verschieben: Sitzung am Mi., 09.12.2026' }).click();
    await fillDateField(page, 'Neues Datum', '2026-11-18');
    await page.getByText('Der Tag ist ein gesetzlicher Feiertag in Sachsen: Buß- und Bettag.').waitFor();
    await page.getByText('Das Datum liegt in der Vergangenheit.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-move-warnings');
    await fillDateField(page, 'Neues Datum', '2026-12-02');
    await page.getByText('Die Ladungsfrist von 14 Tagen ist nicht einzuhalten: bis zur Sitzung sind es nur 11 Tage.').waitFor();
    await page.getByLabel('Grund (erscheint im Plan)').fill('Haushaltssitzung des Kreistags');
    await page.getByRole('button', { name: 'Trotzdem verschieben' }).click();
    await page.getByText('Die Sitzung wurde auf Mi., 02.12.2026 verschoben.').waitFor();
    await expect.poll(async () => (await listRows(page)).at(-1)).toBe('Mi., 02.12.2026 · Landkreis Mittelsachsen');
    await page.getByText('Verlegt vom Mi., 09.12.2026 auf Mi., 02.12.2026, Haushaltssitzung des Kreistags').waitFor();

    // --- swap the hosts of January and February
    await page.getByRole('button', { name: 'Tauschen: Gastgeber der Sitzung am Mi., 14.01.2026' }).click();
    await page.getByLabel('Tauschen mit der Sitzung am').selectOption({ label: 'Mi., 25.02.2026 – Erzgebirgskreis' });
    await page.getByRole('button', { name: 'Gastgeber tauschen', exact: true }).click();
    await page.getByText('Die Gastgeber wurden getauscht.').waitFor();
    await expect.poll(async () => (await listRows(page)).slice(0, 2)).toEqual(['Mi., 14.01.2026 · Erzgebirgskreis', 'Mi., 25.02.2026 · Landkreis Mittelsachsen']);
    await screenshot(page, 'plan-list');

    // --- the fairness view updates live: an extra sitting for Mittelsachsen makes it unfair
    await page.getByRole('link', { name: 'Gastgeber-Verteilung' }).click();
    await page.getByRole('heading', { name: 'Gastgeber-Verteilung' }).waitFor();
    expect(await hostedThisYear(page, 'Landkreis Mittelsachsen')).toBe(3);
    await page.getByRole('button', { name: 'Zusätzliche Sitzung' }).click();
    await fillDateField(page, 'Datum', '2026-08-19');
    await page.getByLabel('Gastgeber', { exact: true }).selectOption({ label: 'Landkreis Mittelsachsen' });
    await page.getByText('Landkreis Mittelsachsen würde 2 Sitzungen mehr ausrichten als Landkreis Zwickau, Erzgebirgskreis, Vogtlandkreis und Stadt Chemnitz.').waitFor();
    expect(await page.getByLabel('Ort', { exact: true }).inputValue()).toBe('Freiberg');
    await page.getByLabel('Anlass (erscheint im Plan)').fill('Sondersitzung Strukturwandel');
    await page.getByRole('button', { name: 'Trotzdem hinzufügen' }).click();
    await page.getByText('Die zusätzliche Sitzung am Mi., 19.08.2026 wurde angelegt.').waitFor();
    await expect.poll(() => hostedThisYear(page, 'Landkreis Mittelsachsen')).toBe(4);
    await page.getByText('2026: Landkreis Mittelsachsen richtet 2 Sitzungen mehr aus als').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-fairness');

    // --- calendar: keyboard usable grid
    await page.getByRole('link', { name: 'Kalender' }).click();
    await page.getByRole('heading', { name: 'Kalender 2026' }).waitFor();
    expect(await page.getByRole('grid').count()).toBe(12);
    const focusable = page.locator('[role="gridcell"][tabindex="0"]');
    expect(await focusable.count()).toBe(1);
    await focusable.focus(); // today: 21.11.2026
    await page.keyboard.press('ArrowDown'); // 28.11.
    await page.keyboard.press('PageDown'); // 28.12.
    await page.keyboard.press('ArrowUp'); // 21.12.
    await page.keyboard.press('ArrowUp'); // 14.12.
    await page.keyboard.press('ArrowUp'); // 07.12.
    await page.keyboard.press('ArrowLeft'); // 06.12.
    await page.keyboard.press('ArrowLeft'); // 05.12.
    await page.keyboard.press('ArrowLeft'); // 04.12.
    await page.keyboard.press('ArrowLeft'); // 03.12.
    await page.keyboard.press('ArrowLeft'); // 02.12. — the moved sitting
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe('2026-12-02');
    await page.keyboard.press('Enter');
    const details = page.locator('.day-details');
    await details.getByText('Mittwoch, 2. Dezember 2026').waitFor();
    expect(await details.innerText()).toContain('Landkreis Mittelsachsen · Freiberg · 14:00–16:00 Uhr');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-calendar');

    // --- cancel March: Vogtlandkreis keeps its turn and hosts April, the later hosts shift by one
    await page.getByRole('link', { name: 'Liste' }).click();
    await page.getByRole('button', { name: 'Absagen: Sitzung am Mi., 11.03.2026' }).click();
    expect(await page.getByRole('radio', { name: 'Vogtlandkreis behält sein Recht und richtet die nächste Sitzung aus' }).isChecked()).toBe(true);
    await page.getByText('Mi., 15.04.2026: Vogtlandkreis statt Stadt Chemnitz').waitFor();
    await page.getByRole('radio', { name: 'Vogtlandkreis verliert sein Recht' }).check();
    await page.getByText('Andere Sitzungen ändern sich nicht.').waitFor();
    await page.getByRole('radio', { name: /behält sein Recht/ }).check();
    await page.getByLabel('Grund (erscheint im Plan)').fill('Landtagssitzung');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-cancel');
    await page.getByRole('button', { name: 'Sitzung absagen' }).click();
    await page.getByText('Die Sitzung wurde abgesagt.').waitFor();
    await expect.poll(async () => (await listRows(page)).slice(2, 5)).toEqual([
      'Mi., 11.03.2026 · Vogtlandkreis',
      'Mi., 15.04.2026 · Vogtlandkreis',
      'Mi., 13.05.2026 · Stadt Chemnitz',
    ]);

    // --- .ics export: a download, parsed back with ical.js, matches the plan
    await page.locator('table.sitting-list').waitFor();
    const shown = await listRows(page);
    expect(shown).toHaveLength(12);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kalenderdatei (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('Sitzungsplan-2026.ics');
    const icsPath = path.join(artifactsDir, 'Sitzungsplan-2026.ics');
    await download.saveAs(icsPath);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(icsPath, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(shown.length);
    const eventLines = events.map((e) => {
      const [y, m, d] = e.startDate.toString().slice(0, 10).split('-');
      return { date: `${d}.${m}.${y}`, host: /\(([^)]+)\)$/.exec(e.summary)?.[1], sequence: e.sequence };
    });
    for (const [i, row] of shown.entries()) {
      expect(row).toContain(eventLines[i]?.date);
      expect(row.endsWith(eventLines[i]?.host ?? '?')).toBe(true);
    }
    // SEQUENCE counts the calendar-relevant changes: moved and then shifted, swapped, cancelled, untouched.
    expect(eventLines.find((e) => e.date === '02.12.2026')?.sequence).toBe(2);
    expect(eventLines.find((e) => e.date === '14.01.2026')?.sequence).toBe(1);
    expect(eventLines.find((e) => e.date === '19.08.2026')?.sequence).toBe(0);
    const march = events.find((e) => e.startDate.toString().startsWith('2026-03-11'));
    expect(march?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(march?.sequence).toBe(1);
    expect(events.filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED')).toHaveLength(1);

    // --- PDF from the print route, read back with pdftotext
    const printPage = await context.newPage();
    await printPage.goto(appUrl('/print/plan/2026'));
    await printPage.locator('[data-print-ready="true"]').waitFor();
    await printPage.evaluate(() => document.fonts.ready);
    const spec = pdfPageSpec();
    const pdfPath = path.join(artifactsDir, 'Sitzungsplan-2026.pdf');
    await printPage.pdf({ path: pdfPath, ...playwrightPdfOptions(spec) });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Regionalkonvent Südwestsachsen');
    expect(text).toContain('Sitzungsplan 2026');
    for (const row of shown) {
      const [date = '', host = ''] = row.split(' · ');
      expect(text).toContain(date.slice(5)); // "14.01.2026"
      expect(text).toContain(host);
    }
    const lines = text.split('\n');
    for (const row of shown) {
      const [date = '', host = ''] = row.split(' · ');
      expect(lines.some((line) => line.includes(date.slice(5)) && line.includes(host)), `${row} in one line of the PDF`).toBe(true);
    }
    for (const old of readdirSync(artifactsDir).filter((f) => f.startsWith('plan-pdf-'))) rmSync(path.join(artifactsDir, old));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(artifactsDir, 'plan-pdf')]);
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);

    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(printPage)).toEqual([]);
    await context.close();
  });
});
