import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { ulid } from 'ulid';
import { appUrl, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations, fillDateField } from './harness/browser';
import { printRouteToPdf } from './harness/printRoutePdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Today in Berlin, as the app sees it, plus some days. */
function berlinDatePlus(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const group = (page: Page, member: string) => page.getByRole('radiogroup', { name: `Anwesenheit von ${member}` });
const radio = (page: Page, member: string, status: string) => group(page, member).getByRole('radio', { name: status });

/** The agenda belongs to the Protokolle screen; the test writes it straight into IndexedDB. */
async function seedAgenda(page: Page, sittingId: string, titles: string[]) {
  const rows = titles.map((title, index) => ({
    id: ulid(),
    updatedAt: new Date().toISOString(),
    sittingId,
    position: index + 1,
    title,
    ...(index === 1 ? { presenter: 'Matthias Lißke' } : {}),
    public: true,
    notes: '',
  }));
  await page.evaluate(async (items) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('agendaItems', 'readwrite');
      for (const item of items) tx.objectStore('agendaItems').put(item);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

describe('Sitzungen in Chromium', () => {
  it('shows the demo sitting of 28.04.2025 with its deputies, guest and quorum', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sitzung am Montag, 28. April 2025' }).waitFor();

    for (const member of ['Carsten Michaelis', 'Rico Anton', 'Thomas Hennig']) {
      expect(await radio(page, member, 'anwesend').isChecked()).toBe(true);
    }
    expect(await radio(page, 'Sven Krüger', 'vertreten').isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Vertretung für Sven Krüger' }).inputValue()).not.toBe('');
    expect(await page.getByRole('combobox', { name: 'Vertretung für Sven Krüger' }).locator('option:checked').textContent()).toBe(
      'Dr. Lothar Beier (Erster Beigeordneter)',
    );
    expect(await page.getByRole('combobox', { name: 'Vertretung für Sven Schulze' }).locator('option:checked').textContent()).toBe(
      'Ralph Burghart (Bürgermeister)',
    );
    await expect.poll(() => page.getByTestId('quorum').textContent()).toContain('Beschlussfähig');
    expect(await page.getByTestId('quorum').textContent()).toContain('5 von 5 Mitgliedern anwesend oder vertreten');
    expect(await page.getByRole('region', { name: 'Gäste' }).textContent()).toContain('Regina Kraushaar · Staatsministerin');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sittings-demo-28-04-2025');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('records a full attendance with deputies and a guest, prints invitation and sign-in sheet, and counts it', { timeout: 240_000 }, async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();

    // "Sitzung anlegen": a sitting 30 days ahead in Mittelsachsen.
    const date = berlinDatePlus(30);
    await page.goto(appUrl('/sittings'));
    await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    expect(await page.getByText('Bitte ein Datum im Format TT.MM.JJJJ angeben').count()).toBe(1);
    await fillDateField(page, 'Datum', date);
    await fillDateField(page, 'Beginn', '14:00');
    await fillDateField(page, 'Ende', '16:00');
    await page.getByLabel('Gremium', { exact: true }).selectOption({ label: 'Erweiterter Regionalkonvent' });
    await page.getByLabel('Gastgeber', { exact: true }).selectOption({ label: 'Landkreis Mittelsachsen' });
    expect(await page.getByLabel('Ort', { exact: true }).inputValue()).toBe('Freiberg');
    await page.getByLabel('Ort', { exact: true }).fill('Landratsamt Freiberg, Frauensteiner Straße 43');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Anwesenheit' }).waitFor();
    const sittingId = new URL(page.url()).hash.split('/').pop()!;
    expect(await page.getByTestId('notice-state').textContent()).toBe('Noch nicht eingeladen: noch 16 Tage bis zum Ablauf der Ladungsfrist.');

    const agenda = [
      'Begrüßung und Feststellung der Beschlussfähigkeit',
      'Update zum Projektstand des Masterplans',
      'Projektzeitplan',
      'Ausblick und Verschiedenes',
    ];
    await seedAgenda(page, sittingId, agenda);
    await page.reload();
    await page.getByText('TOP 4').waitFor();
    expect(await page.getByRole('link', { name: 'Tagesordnung bearbeiten (Niederschriften)' }).getAttribute('href')).toBe(`#/minutes/${sittingId}`);

    // Keyboard: one key per member, the focus moves on by itself.
    // Heads: Michaelis A, Krüger V (standing deputy Beier), Anton A, Hennig E, Schulze V (no: a new person, below)
    await radio(page, 'Carsten Michaelis', 'anwesend').focus();
    const typeAndWait = async (key: string, recorded: number) => {
      await page.keyboard.press(key);
      await expect.poll(() => page.getByTestId('attendance-recorded').textContent()).toBe(`${recorded} von 18 erfasst`);
    };
    await typeAndWait('a', 1);
    await typeAndWait('v', 2);
    await typeAndWait('a', 3);
    await typeAndWait('e', 4);
    await page.keyboard.press('ArrowDown'); // skip Schulze for now
    // Personalities (Bergk … Wagner) and permanent members (Jankowsky, Lißke, Schmidt).
    const keys = ['a', 'a', 'e', 'a', 'a', 'a', 'f', 'a', 'a', 'a', 'a', 'a', 'e'];
    for (const [index, key] of keys.entries()) await typeAndWait(key, 5 + index);
    expect(await radio(page, 'Sven Krüger', 'vertreten').isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Vertretung für Sven Krüger' }).locator('option:checked').textContent()).toBe(
      'Dr. Lothar Beier (Erster Beigeordneter)',
    );

    // Hennig's reason; Schulze represented by a person entered new.
    await page.getByRole('textbox', { name: 'Grund für Thomas Hennig' }).fill('Kreistag');
    await page.getByRole('textbox', { name: 'Grund für Thomas Hennig' }).press('Enter');
    await radio(page, 'Sven Schulze', 'vertreten').click({ force: true });
    await expect.poll(() => page.getByTestId('attendance-recorded').textContent()).toBe('18 von 18 erfasst');
    await page.getByRole('combobox', { name: 'Vertretung für Sven Schulze' }).selectOption({ label: 'Andere Person neu erfassen …' });
    const newPerson = page.getByRole('form', { name: 'Neue Person als Vertretung für Sven Schulze' });
    await newPerson.getByLabel('Vorname').fill('Sabine');
    await newPerson.getByLabel('Nachname').fill('Lehmann');
    await newPerson.getByLabel('Funktion').fill('Bürgermeisterin');
    await newPerson.getByLabel('Organisation').fill('Stadt Chemnitz');
    await newPerson.getByRole('button', { name: 'Übernehmen' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Vertretung für Sven Schulze' }).locator('option:checked').textContent())
      .toBe('Sabine Lehmann (Bürgermeisterin)');

    // Dr. Beier may not stand in for a second member without a confirmation.
    await radio(page, 'Rico Anton', 'vertreten').click({ force: true });
    await page.getByRole('combobox', { name: 'Vertretung für Rico Anton' }).selectOption({ label: 'Dr. Lothar Beier (Erster Beigeordneter)' });
    await page.getByText('Lothar Beier vertritt bei dieser Sitzung bereits Sven Krüger.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Nein, nicht ändern' }).click();
    await radio(page, 'Rico Anton', 'anwesend').click({ force: true });
    await expect.poll(() => radio(page, 'Rico Anton', 'anwesend').isChecked()).toBe(true);

    // Arrival time of the deputy.
    await page.getByLabel('Ankunfts- und Abgangszeiten erfassen').check();
    await fillDateField(page, 'Ankunft von Sven Krüger', '14:20');

    // A guest.
    const guests = page.getByRole('region', { name: 'Gäste' });
    await guests.getByLabel('Name').fill('Prof. Dr. Anna Beispiel');
    await guests.getByLabel('Funktion').fill('Rektorin');
    await guests.getByLabel('Organisation').fill('Technische Universität Chemnitz');
    await guests.getByRole('button', { name: 'Gast hinzufügen' }).click();
    await guests.getByText('Prof. Dr. Anna Beispiel').waitFor();

    await expect.poll(() => page.getByTestId('quorum').textContent()).toContain('Beschlussfähig');
    expect(await page.getByTestId('quorum').textContent()).toContain('14 von 18 Mitgliedern anwesend oder vertreten');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('heading', { level: 2, name: 'Anwesenheit' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'sittings-attendance');
    await page.screenshot({ path: 'test/e2e/.artifacts/sittings-attendance-viewport.png' });

    // "Einladung erstellen": in web mode the print dialog opens; the sitting is then invited.
    await page.getByRole('button', { name: 'Einladung erstellen' }).click();
    // Members without a postal address are named first; the letter is then made with placeholders.
    await page.getByTestId('missing-addresses').waitFor();
    expect(await page.getByTestId('missing-addresses').textContent()).toContain('Dr. Peggy Kreller');
    await page.getByRole('button', { name: 'Trotzdem erstellen' }).click();
    await expect.poll(() => page.getByLabel('Status').inputValue(), { timeout: 20_000 }).toBe('invited');
    expect(await page.getByTestId('notice-state').textContent()).toMatch(/^Eingeladen am .*: fristgerecht\.$/);

    // The PDFs, as Electron makes them: the print routes through Chromium's print engine.
    const numeric = date.split('-').reverse().join('.');
    const invitation = await printRouteToPdf(context, `/print/invitation/${sittingId}`, 'sittings-invitation');
    const text = invitation.flowText;
    expect(numeric).toMatch(/\d\d\.\d\d\.\d{4}/);
    expect(text).toMatch(/Einladung zur 1\. Sitzung des erweiterten Regionalkonvents am \d+\. \S+ \d{4}/);
    // Distribution list: all 18 members as of the date, standing deputies for information.
    for (const name of ['Carsten Michaelis', 'Sven Krüger', 'Dr. Peggy Kreller', 'Prof. Dr. Martin Dix', 'Matthias Lißke', 'Thomas Schmidt']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Landratsamt Freiberg, Frauensteiner Straße 43');
    expect(text).toContain('14:00–16:00 Uhr');
    for (const [index, title] of agenda.entries()) expect(text).toContain(`TOP ${index + 1} ${title}`);
    expect(text).toContain('Ständige Vertretung für Landrat Sven Krüger');
    expect(text).toContain('Die Einladung ergeht unter Wahrung der Ladungsfrist von 14 Tagen.');
    expect(text).toMatch(/Seite 1 von \d/);

    const signIn = await printRouteToPdf(context, `/print/signin/${sittingId}`, 'sittings-signin');
    const sheet = signIn.flowText;
    // The layout keeps member and signature column on one line.
    expect(signIn.text).toMatch(/1 +Carsten Michaelis/);
    expect(sheet).toContain('Anwesenheitsliste');
    expect(sheet).toContain('Unterschrift');
    expect(sheet).toContain('vertreten durch Ersten Beigeordneten Dr. Lothar Beier');
    expect(sheet).toContain('vertreten durch Bürgermeisterin Sabine Lehmann');
    expect(sheet).toContain('ständig: Bürgermeister Ralph Burghart');
    expect(sheet).toContain('Thomas Schmidt Landtagsabgeordneter, Sächsischer Landtag');
    expect(sheet).toMatch(/Gäste .*Prof\. Dr\. Anna Beispiel Rektorin, Technische Universität Chemnitz/);
    expect(invitation.pages.length).toBeGreaterThan(0);
    expect(signIn.pages.length).toBeGreaterThan(0);

    // The list shows the sitting as invited, with its attendance.
    await page.goto(appUrl('/sittings'));
    const upcoming = page.getByRole('region', { name: 'Anstehende Sitzungen' });
    await upcoming.getByText('eingeladen').waitFor();
    expect(await upcoming.textContent()).toContain('12 anwesend · 2 vertreten · 3 entschuldigt · 1 abwesend');

    // Auswertung: the demo sitting and this one.
    await page.getByRole('link', { name: 'Auswertung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auswertung der Anwesenheit' }).waitFor();
    await fillDateField(page, 'Von', '2025-01-01');
    await fillDateField(page, 'Bis', berlinDatePlus(400));
    await expect.poll(() => page.getByTestId('stats-sittings').textContent()).toContain('2 Sitzungen im Zeitraum');
    const members = page.getByRole('region', { name: 'Je Mitglied' });
    const row = (name: string) => members.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    expect((await row('Sven Krüger').getByRole('cell').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['2', '0', '2', '0', '0', '0', '100 %']);
    expect((await row('Thomas Hennig').getByRole('cell').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['2', '1', '0', '1', '0', '0', '0 %']);
    expect((await row('Rico Anton').getByRole('cell').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['2', '2', '0', '0', '0', '0', '0 %']);
    const territories = page.getByRole('region', { name: 'Je Gebietskörperschaft' });
    const ms = territories.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Landkreis Mittelsachsen' }) });
    // Two sittings ("Sitzungen" counts sittings, not attendances); Krüger represented twice, Kunze (personality of
    // Mittelsachsen) present once.
    expect((await ms.getByRole('cell').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['2', '1', '2', '0', '0', '0', '66,7 %']);
    expect(await members.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await members.locator('svg desc').textContent()).toContain('Sven Krüger: 0 anwesend, 2 vertreten, 0 entschuldigt, 0 abwesend');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sittings-statistics');

    const [download] = await Promise.all([page.waitForEvent('download'), members.getByRole('button', { name: /CSV exportieren/ }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFMitglied;Sitzungen;anwesend;vertreten;entschuldigt;abwesend;nicht erfasst;Vertretungsquote (%)\r\n')).toBe(true);
    expect(csv).toContain('\r\nSven Krüger;2;0;2;0;0;0;100,0\r\n');
    expect(download.suggestedFilename()).toMatch(/^Anwesenheit-Mitglieder-2025-01-01-bis-\d{4}-\d{2}-\d{2}\.csv$/);

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
