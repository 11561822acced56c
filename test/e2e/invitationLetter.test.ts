import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { ulid } from 'ulid';
import { stableId } from '../../shared/domain/stableId';
import { appUrl, launchBrowser, newAppPage, screenshot, seriousAxeViolations } from './harness/browser';
import { printRouteToPdf } from './harness/printRoutePdf';
import { seedDatabase } from './harness/seedDatabase';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PT_PER_MM = 72 / 25.4;
const VENUE = 'Landratsamt Mittelsachsen, Frauensteiner Straße 43, 09599 Freiberg';

interface Word {
  page: number;
  text: string;
  x: number;
  y: number;
  x2: number;
  y2: number;
}

/** Every word of the PDF with its box in mm from the sheet's top-left corner (pdftotext -bbox). */
function pdfWords(file: string): { words: Word[]; pages: number } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) {
      const text = m[5]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      words.push({ page, text, x: Number(m[1]) / PT_PER_MM, y: Number(m[2]) / PT_PER_MM, x2: Number(m[3]) / PT_PER_MM, y2: Number(m[4]) / PT_PER_MM });
    }
  }
  return { words, pages: page };
}

const pageText = (words: Word[], page: number) =>
  words
    .filter((w) => w.page === page)
    .map((w) => w.text)
    .join(' ');

/** Today in Berlin plus some days. */
function berlinDatePlus(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function fillOffice(page: Page) {
  await page.goto(appUrl('/settings'));
  const office = page.getByRole('group', { name: 'Geschäftsstelle (Absender der Briefe)' });
  await office.getByLabel('Bezeichnung der Geschäftsstelle').fill('Geschäftsstelle Regionalkonvent Südwestsachsen');
  await office.getByLabel('Straße und Hausnummer').fill('Beispielstraße 1');
  await office.getByLabel('PLZ').fill('09111');
  await office.getByLabel('Ort', { exact: true }).fill('Chemnitz');
  await office.getByLabel('Ansprechpartner').fill('Matthias Lißke');
  await office.getByLabel('Telefon').fill('+49 371 000000');
  await office.getByLabel('E-Mail').fill('geschaeftsstelle@example.org');
  await office.getByLabel('Unterzeichner (Name)').fill('Matthias Lißke');
  await office.getByLabel('Funktion des Unterzeichners').fill('Projektmanager Masterplan');
  await office.getByLabel(/Im Auftrag/).check();
  await page.getByRole('button', { name: 'Speichern' }).first().click();
  await page.getByText('Gespeichert.').waitFor();
}

describe('Einladung als DIN-5008-Serienbrief', () => {
  it('prints one letter per member and a copy per standing deputy, with the address in the window and per-letter page numbers', { timeout: 240_000 }, async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await fillOffice(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'letters-settings');

    // Two earlier sittings of the extended convent (one cancelled: it does not count), then ours.
    const now = new Date().toISOString();
    const previousId = ulid();
    const cancelledId = ulid();
    const sittingId = ulid();
    const date = berlinDatePlus(40);
    const base = { updatedAt: now, body: 'extended', title: '', start: '14:00', end: '16:00', calendarSequence: 0 };
    const ms = stableId('territory:MS');
    await seedDatabase(page, {
      sittings: [
        { ...base, id: previousId, date: berlinDatePlus(-20), venue: 'Zwickau', status: 'held' },
        { ...base, id: cancelledId, date: berlinDatePlus(10), venue: 'Plauen', status: 'cancelled' },
        { ...base, id: sittingId, date, venue: VENUE, hostTerritoryId: ms, status: 'planned' },
      ],
      minutes: [{ id: ulid(), updatedAt: now, sittingId: previousId, chair: '', recorder: '', place: 'Zwickau', status: 'circulated', version: 1 }],
      agendaItems: ['Begrüßung', 'Genehmigung der Niederschrift der letzten Sitzung', 'Projektzeitplan'].map((title, i) => ({
        id: ulid(),
        updatedAt: now,
        sittingId,
        position: i + 1,
        title,
        public: true,
        notes: '',
      })),
    });

    const pdf = await printRouteToPdf(context, `/print/invitation/${sittingId}`, 'letters-invitation');
    const { words, pages } = pdfWords(pdf.file);
    const text = pdf.flowText;

    // One letter per member (18) and a copy "zur Kenntnis" per standing deputy (2): 20 first pages.
    const firstPages = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => /Seite 1 von \d/.test(pageText(words, p)));
    expect(firstPages).toHaveLength(20);
    expect(text.match(/Kopie zur Kenntnis/g)).toHaveLength(2);
    // Every page says which page of its letter it is, and the count restarts per letter.
    const numbering = Array.from({ length: pages }, (_, i) => /Seite (\d+) von (\d+)/.exec(pageText(words, i + 1))?.slice(1).map(Number));
    let expected: [number, number] = [1, 0];
    for (const [index, found] of numbering.entries()) {
      expect(found, `page ${index + 1}`).toBeDefined();
      const [x, y] = found as [number, number];
      if (x === 1) expected = [1, y];
      expect([x, y], `page ${index + 1}`).toEqual(expected);
      expected = [x + 1, y];
    }

    // Subject with number and date; personal salutations.
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const month = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][m - 1];
    expect(text).toContain(`Einladung zur 2. Sitzung des erweiterten Regionalkonvents am ${d}. ${month} ${y}`);
    expect(text).toContain('Sehr geehrter Herr Landrat Michaelis,');
    expect(text).toContain('Sehr geehrte Frau Dr. Kreller,');
    expect(text).toContain('Sehr geehrter Herr Dr. Beier,');
    expect(text).toMatch(/Rückmeldung bis: \d\d\.\d\d\.\d{4}/);
    expect(text).toContain('Im Auftrag Matthias Lißke');
    expect(text).toContain('Anlagen Entwurf der Niederschrift über die 1. Sitzung');
    expect(text).toContain('Verteiler');
    expect(text).toContain(VENUE);
    // A member without an address: a clear placeholder.
    expect(text).toContain('Anschrift fehlt');

    // The address field of the first letter (Landrat Michaelis, Dienstanschrift) lies in the DIN window box.
    const first = firstPages[0]!;
    const addressWords = words.filter((w) => w.page === first && ['Michaelis', 'Robert-Müller-Straße', '08056'].includes(w.text));
    expect(addressWords.map((w) => w.text).sort()).toEqual(['08056', 'Michaelis', 'Robert-Müller-Straße']);
    for (const w of addressWords) {
      expect(w.x).toBeGreaterThanOrEqual(20);
      expect(w.x2).toBeLessThanOrEqual(105);
      expect(w.y).toBeGreaterThanOrEqual(45 + 17.7 - 0.5); // below return line and notes zone
      expect(w.y2).toBeLessThanOrEqual(90);
    }
    // The return line is in the top 5 mm of the field; the information block starts at 125 mm.
    const returnWord = words.find((w) => w.page === first && w.text === 'Beispielstraße');
    expect(returnWord!.y).toBeGreaterThanOrEqual(45);
    expect(returnWord!.y2).toBeLessThanOrEqual(50.5);
    const contact = words.find((w) => w.page === first && w.text === 'Ansprechpartner');
    expect(contact!.x).toBeGreaterThanOrEqual(124.9);
    expect(contact!.y).toBeGreaterThanOrEqual(50);

    // A member's letter fits on one sheet here (three agenda items); the copies run to a second.
    expect(text.match(/Seite 1 von 1/g)).toHaveLength(18);

    // English UI: the document speaks English, the German address stays as DIN 5008 has it.
    await page.goto(appUrl('/settings'));
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await screenshot(page, 'letters-settings-en');
    const english = await printRouteToPdf(context, `/print/invitation/${sittingId}`, 'letters-invitation-en');
    expect(english.flowText).toContain('Invitation to the 2nd sitting of the extended regional convent');
    expect(english.flowText).toContain('Dear Mr Michaelis,');
    expect(english.flowText).toContain('Page 1 of 1');
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();

    // Now the sitting is invited and then moved: the status says the members must be told, and the
    // plan offers the Terminänderung.
    await seedDatabase(page, {
      sittings: [
        {
          ...base,
          id: sittingId,
          date: berlinDatePlus(47),
          venue: VENUE,
          hostTerritoryId: ms,
          status: 'invited',
          invitedAt: now,
          calendarSequence: 1,
          announced: { date, start: '14:00', end: '16:00', venue: VENUE, sequence: 0 },
        },
      ],
    });
    await page.goto(appUrl(`/sittings/${sittingId}`));
    await page.reload();
    await expect.poll(() => page.getByTestId('notice-state').textContent(), { timeout: 20_000 }).toContain('Die Mitglieder müssen über den neuen Termin informiert werden');
    expect(await page.getByRole('button', { name: 'Terminänderung erstellen' }).isVisible()).toBe(true);
    await screenshot(page, 'letters-sitting-untold');
    const change = await printRouteToPdf(context, `/print/invitation/${sittingId}?letter=change`, 'letters-change');
    expect(change.flowText).toContain('Terminänderung: 2. Sitzung des erweiterten Regionalkonvents');
    expect(change.flowText).toContain('zu der wir Sie für den');

    // Cancelled after the invitation: the Absage.
    await seedDatabase(page, {
      sittings: [
        {
          ...base,
          id: sittingId,
          date: berlinDatePlus(47),
          venue: VENUE,
          hostTerritoryId: ms,
          status: 'cancelled',
          invitedAt: now,
          calendarSequence: 2,
          planNote: 'Abgesagt, Haushaltssperre, Landkreis Mittelsachsen behält das Gastgeberrecht',
          announced: { date: berlinDatePlus(47), start: '14:00', end: '16:00', venue: VENUE, sequence: 1 },
        },
      ],
    });
    await page.reload();
    await expect.poll(() => page.getByTestId('notice-state').textContent(), { timeout: 20_000 }).toContain('Die Mitglieder müssen über die Absage informiert werden');
    expect(await page.getByRole('button', { name: 'Absage erstellen' }).isVisible()).toBe(true);
    const cancel = await printRouteToPdf(context, `/print/invitation/${sittingId}?letter=cancel`, 'letters-cancel');
    expect(cancel.flowText).toContain('Absage der Sitzung des erweiterten Regionalkonvents am');
    expect(cancel.flowText).toContain('Grund: Haushaltssperre');
    expect(cancel.flowText).not.toContain('Gastgeberrecht');
    expect(cancel.flowText).not.toContain('Tagesordnung');

    // The list of sittings says so too.
    await page.goto(appUrl('/sittings'));
    await page.getByText('Nach der Einladung abgesagt: Die Mitglieder müssen über die Absage informiert werden.').first().waitFor();

    // The person form with the address for letters.
    await page.goto(appUrl(`/members/person/${stableId('person:Lothar Beier')}`));
    await page.getByLabel('Funktion nach „durch“ (Akkusativ)').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'letters-person-form');
    await context.close();
  });
});
