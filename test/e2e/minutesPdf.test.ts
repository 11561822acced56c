import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage, pageErrors } from './harness/browser';
import { seedDatabase } from './harness/seedDatabase';
import { pdfInfo, pdfOutlineTitles, pdfPageCount, pdfText } from './harness/pdfReader';
import { printRouteToPdf } from './harness/printRoutePdf';
import { demoRows, demoSitting } from '../fixtures/minutesFixture';
import { EARLIER_SITTING_ID, fullMinutesContent, LATER_SITTING_ID, twentyItemContent, type MinutesContent } from '../fixtures/minutesContent';
import { catalogs } from '../fixtures/catalogs';
import { minutesPrintRequest } from '../../renderer/features/minutes/print/minutesPdfFooter';
import { buildMinutesDocument } from '../../shared/minutes/minutesDocument';
import { minutesContentHash } from '../../shared/minutes/contentHash';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib';
import { expectFooterAlignedWithText, expectFooterOnOneLine, expectOnlyBundledFonts, imagesPerPage } from './harness/pdfChecks';

const t = catalogs.de.minutes.print;
const rows = demoRows();
const sitting = demoSitting(rows);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile with the demo convent loaded through the app, then the given minutes written in. */
async function printMinutes(content: MinutesContent, name: string, publicVersion = false): Promise<{ file: string; page: Page }> {
  const { context, page } = await newAppPage(browser);
  await page.goto(appUrl('/'));
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
  await seedDatabase(page, content);
  const minutes = content.minutes[0]!;
  const request = minutesPrintRequest(t, { sittingId: sitting.id, sittingDate: sitting.date, version: minutes.version, contentHash: minutes.contentHash, publicVersion });
  const { file } = await printRouteToPdf(context, request.route, name);
  return { file, page };
}

/** Text of the whole PDF in reading order with whitespace collapsed (a wrapped line reads on). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function pagesOf(file: string): string[] {
  return Array.from({ length: pdfPageCount(file) }, (_, index) => flat(pdfText(file, index + 1)));
}

/** The signature block never stands alone: its page also carries the end of the content before it. */
function expectSignaturesNotAlone(pages: string[]) {
  const signaturePage = pages.find((p) => p.includes('Unterschriften Ort, Datum'))!;
  expect(signaturePage).toBeDefined();
  const footerEnd = signaturePage.indexOf('Niederschrift vom 28.04.2025') + 'Niederschrift vom 28.04.2025'.length;
  const beforeSignatures = signaturePage.slice(footerEnd, signaturePage.indexOf('Unterschriften Ort, Datum'));
  expect(beforeSignatures.trim().length, `vor den Unterschriften: "${beforeSignatures}"`).toBeGreaterThan(40);
}

function contentHashOf(content: MinutesContent): string {
  return minutesContentHash(
    buildMinutesDocument({
      sitting,
      minutes: content.minutes[0]!,
      memberships: rows.memberships,
      persons: rows.persons,
      territories: rows.territories,
      attendance: rows.attendance,
      guests: rows.guests,
      agendaItems: content.agendaItems,
      decisions: content.decisions,
      actionItems: content.actionItems.filter((a) => a.sittingId === sitting.id),
      earlierActionItems: content.actionItems
        .filter((a) => a.sittingId === EARLIER_SITTING_ID)
        .map((item) => ({ item, sittingDate: '2025-03-24' })),
      // As the app loads them: every sitting (for the number), the host's seat.
      allSittings: [...rows.sittings, ...content.sittings],
      hostSeat: rows.territories.find((territory) => territory.id === sitting.hostTerritoryId)?.seat,
    }),
  );
}

describe('minutes PDF (print route, shared page spec, Chromium)', () => {
  it('prints the complete draft minutes of the demo sitting: title, TOPs, deputy line, decisions, actionItems, pages, ENTWURF', async () => {
    const content = fullMinutesContent(sitting.id);
    const { file, page } = await printMinutes(content, 'minutes-draft');
    const text = flat(pdfText(file));
    const pages = pagesOf(file);

    // Numbered, with the town; the venue with its address in the header block.
    expect(text).toContain('Niederschrift über die 1. Sitzung des Regionalkonvents am Montag, 28. April 2025 in Zwickau');
    expect(text).toContain('Ort Landratsamt Zwickau, Robert-Müller-Straße 4–8, Zwickau');
    expect(text).toContain('Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier');
    expect(text).toContain('Oberbürgermeister Sven Schulze, vertreten durch Bürgermeister Ralph Burghart');
    expect(text).toContain('Anwesend sind 5 von 5 Mitgliedern, davon 2 durch Vertretung.');
    expect(text).toContain('Regina Kraushaar, Staatsministerin');
    expect(text).toContain('Landrat Carsten Michaelis');
    expect(text).toContain('10:00 Uhr bis 12:15 Uhr');
    for (const item of content.agendaItems) expect(text).toContain(`TOP ${item.position} ${item.title}`);
    for (const decision of content.decisions) expect(text).toContain(decision.wording);
    expect(text).toContain('Abstimmung: Ja 5 · Nein 0 · Enthaltung 0 — einstimmig angenommen');
    expect(text).toContain('Abstimmung: Ja 4 · Nein 1 · Enthaltung 0 — angenommen');
    expect(text).toContain('Abstimmung: Ja 1 · Nein 3 · Enthaltung 1 — abgelehnt');
    expect(text).toContain('Antrag: Der Regionalkonvent möge den Projektzeitplan');
    for (const actionItem of content.actionItems) expect(text).toContain(actionItem.text);
    expect(text).toContain('Übersicht der Aufgaben');
    expect(text).toContain('Stand der offenen Aufgaben');
    // Decisions are numbered per body and year; a draft says the numbers are provisional.
    expect(text).toContain('Beschluss Nr. 01/2025 (vorläufige Nummer) Die Tagesordnung wird');
    expect(text).toContain('Beschluss Nr. 04/2025 (vorläufige Nummer) Die Geschäftsstelle wird');
    // The non-public items come after all public ones, under their own heading.
    const nonPublic = content.agendaItems.filter((item) => !item.public);
    expect(nonPublic.length).toBeGreaterThan(0);
    const partStart = text.lastIndexOf('Nichtöffentlicher Teil');
    for (const item of content.agendaItems) {
      const at = text.lastIndexOf(`TOP ${item.position} ${item.title}`);
      if (item.public) expect(at, item.title).toBeLessThan(partStart);
      else expect(at, item.title).toBeGreaterThan(partStart);
    }
    // Signatures: "Ort, Datum", the printed names over their functions.
    expect(text).toContain('Unterschriften Ort, Datum Landrat Carsten Michaelis Sitzungsleitung Matthias Lißke Schriftführung');
    expect(text).toContain('Mitglied des Konvents');
    expectSignaturesNotAlone(pages);
    // Markdown became structure, not markup characters.
    expect(text).toContain('Staatsministerin Regina Kraushaar');
    expect(text).not.toContain('**');

    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain(`Seite 1 von ${pages.length}`);
    expect(pages.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
    expect(pages[0]).toContain('Niederschrift vom 28.04.2025');
    // The draft mark is an image on every page, not text: no "ENTWURF" letters in the extracted body.
    expect(text).not.toMatch(/E\s?N\s?T\s?W\s?U\s?R\s?F/);
    expect(imagesPerPage(file)).toEqual(pages.map(() => 1));
    // The footer: one line on every page, in the bundled font, aligned with the text column.
    expectFooterOnOneLine(file, 'Niederschrift vom 28.04.2025', pages.length);
    expectOnlyBundledFonts(file);
    expectFooterAlignedWithText(file);
    // Metadata: its own title, the convent as author, Konvent as creator, the language.
    const meta = pdfInfo(file);
    expect(meta.Title).toBe('Niederschrift über die 1. Sitzung des Regionalkonvents am 28.04.2025 in Zwickau');
    expect(meta.Author).toBe('Regionalkonvent Südwestsachsen');
    expect(meta.Creator).toBe('Konvent 0.0.0-test');
    // The tag tree holds the body, never the footer (margin boxes are artifacts).
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(structure).toContain('Landrat Sven Krüger');
    expect(structure).not.toContain('Seite 1 von');
    expect(structure).not.toContain('Niederschrift vom 28.04.2025');

    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('(A4)');
    // The outline (bookmarks) lists the title and every item.
    const outline = pdfOutlineTitles(file).map(flat);
    expect(outline).toContain('Niederschrift über die 1. Sitzung des Regionalkonvents am Montag, 28. April 2025 in Zwickau');
    for (const item of content.agendaItems) expect(outline).toContain(`TOP ${item.position} ${item.title}${item.public ? '' : ' (nicht öffentlich)'}`);
    expect(pageErrors(page)).toEqual([]);
  });

  it('prints circulated minutes with the day they were circulated (an instant, printed as the Berlin date)', async () => {
    const circulated = fullMinutesContent(sitting.id, { status: 'circulated', circulatedAt: '2025-05-01T22:30:00.000Z' });
    const { file, page } = await printMinutes(circulated, 'minutes-circulated');
    const text = flat(pdfText(file));
    expect(text).toContain('Entwurf, zur Genehmigung versendet am 02.05.2025');
    expect(pageErrors(page)).toEqual([]);
  });

  it('prints approved minutes without ENTWURF, with the approval and the content hash in every footer', async () => {
    const draft = fullMinutesContent(sitting.id);
    const hash = contentHashOf(draft);
    const approved = fullMinutesContent(sitting.id, {
      status: 'approved',
      circulatedAt: '2025-05-02T08:00:00.000Z',
      approvedInSittingId: LATER_SITTING_ID,
      approvedOn: '2025-05-26',
      contentHash: hash,
    });
    // Status is workflow, not content: the approved document hashes like the draft.
    expect(contentHashOf(approved)).toBe(hash);
    const { file } = await printMinutes(approved, 'minutes-approved');
    const text = flat(pdfText(file));
    const pages = pagesOf(file);
    expect(text).not.toContain('ENTWURF');
    expect(text).toContain('Genehmigt in der Sitzung vom 26.05.2025');
    expect(text).not.toContain('Genehmigt in der Sitzung vom 26.05.2025 am 26.05.2025');
    // The browser computed the same hash from the database as Node did here: no mismatch notice.
    expect(text).not.toContain('weicht von der genehmigten Fassung ab');
    // A short checksum in every footer (never wrapping), the full one once at the end.
    pages.forEach((pageText) => expect(pageText).toContain(`Prüfsumme ${hash.slice(0, 12)} · Seite`));
    expect(text).not.toContain(hash.slice(0, 16));
    expectFooterOnOneLine(file, `Prüfsumme ${hash.slice(0, 12)}`, pages.length);
    expect(text).toContain(`Inhalts-Prüfsumme (SHA-256): ${hash.replace(/(.{4})(?=.)/g, '$1 ')}`);
    expect(imagesPerPage(file).every((count) => count === 0)).toBe(true);
    expectOnlyBundledFonts(file);

    // Archive-ready (PDF/A-2b), checked structurally: no validator (veraPDF) can be installed here.
    const meta = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(meta).toContain('Niederschrift über die 1. Sitzung des Regionalkonvents am 28.04.2025 in Zwickau</rdf:li>');
    const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const catalog = pdf.catalog;
    const intents = catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    const profile = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream);
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    expect(pdf.context.trailerInfo.ID).toBeInstanceOf(PDFArray);
    expect(pdf.context.trailerInfo.Encrypt).toBeUndefined();
    // The tag tree and the outline survived the finishing step.
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(pdfOutlineTitles(file).map(flat)).toContain('TOP 4 Projektzeitplan');
    // No JavaScript anywhere.
    expect(readFileSync(file).toString('latin1')).not.toMatch(/\/(JavaScript|JS)\b/);
    expect(pdfInfo(file).Tagged).toBe('yes');
  });

  it('prints the public version without the non-public part, and says so', async () => {
    const content = fullMinutesContent(sitting.id);
    const nonPublic = content.agendaItems.filter((item) => !item.public);
    const { file } = await printMinutes(content, 'minutes-public', true);
    const text = flat(pdfText(file));
    expect(text).toContain(`Öffentliche Fassung. Der nichtöffentliche Teil (${nonPublic.map((item) => `TOP ${item.position}`).join(', ')}) ist in dieser Fassung nicht enthalten.`);
    expect(text).not.toContain('Nichtöffentlicher Teil');
    for (const item of nonPublic) {
      expect(text).not.toContain(item.title);
      expect(text).not.toContain(item.notes.slice(0, 40));
    }
    for (const actionItem of content.actionItems.filter((a) => nonPublic.some((item) => item.id === a.agendaItemId))) expect(text).not.toContain(actionItem.text);
    for (const item of content.agendaItems.filter((i) => i.public)) expect(text).toContain(`TOP ${item.position} ${item.title}`);
    expect(pdfInfo(file).Title).toBe('Niederschrift über die 1. Sitzung des Regionalkonvents am 28.04.2025 in Zwickau (öffentliche Fassung)');
    expectFooterOnOneLine(file, 'Niederschrift vom 28.04.2025, öffentliche Fassung', pdfPageCount(file));
  });

  it('lays out 20 items over several pages without leaving an item heading alone at a page bottom', async () => {
    const content = twentyItemContent(sitting.id);
    const { file } = await printMinutes(content, 'minutes-twenty');
    const pages = pagesOf(file);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((pageText, index) => expect(pageText).toContain(`Seite ${index + 1} von ${pages.length}`));
    expectSignaturesNotAlone(pages);
    for (const item of content.agendaItems) {
      const heading = `TOP ${item.position} ${item.title}`;
      // The agenda lists the titles too; the item heading is the last occurrence.
      const headingPage = pages.findLastIndex((p) => p.includes(heading));
      const marker = `Beginn-${String(item.position).padStart(2, '0')}.`;
      const firstParagraphPage = pages.findIndex((p) => p.includes(marker));
      expect(headingPage, heading).toBeGreaterThanOrEqual(0);
      expect(firstParagraphPage, `${heading} steht auf Seite ${headingPage + 1}, sein Text beginnt auf Seite ${firstParagraphPage + 1}`).toBe(headingPage);
    }
  });
});
