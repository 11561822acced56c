import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage, pageErrors } from './harness/browser';
import { seedDatabase } from './harness/seedDatabase';
import { pdfInfo, pdfOutlineTitles, pdfPageCount, pdfText } from './harness/pdfReader';
import { printRouteToPdf } from './harness/printRoutePdf';
import { demoRows, demoSitting } from '../fixtures/minutesFixture';
import { EARLIER_SITTING_ID, fullMinutesContent, LATER_SITTING_ID, twentyItemContent, type MinutesContent } from '../fixtures/minutesContent';
import { catalogs } from '../../renderer/app/i18n/catalog';
import { minutesPrintRequest } from '../../renderer/features/minutes/print/minutesPdfFooter';
import { buildMinutesDocument } from '../../shared/minutes/minutesDocument';
import { minutesContentHash } from '../../shared/minutes/contentHash';

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
async function printMinutes(content: MinutesContent, name: string): Promise<{ file: string; page: Page }> {
  const { context, page } = await newAppPage(browser);
  await page.goto(appUrl('/'));
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
  await seedDatabase(page, content);
  const minutes = content.minutes[0]!;
  const request = minutesPrintRequest(t, { sittingId: sitting.id, sittingDate: sitting.date, version: minutes.version, contentHash: minutes.contentHash });
  const { file } = await printRouteToPdf(context, request.route, name, {
    left: request.footerLeft,
    ...(request.footerRight ? { right: request.footerRight } : {}),
  });
  return { file, page };
}

/** Text of the whole PDF in reading order with whitespace collapsed (a wrapped line reads on). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function pagesOf(file: string): string[] {
  return Array.from({ length: pdfPageCount(file) }, (_, index) => flat(pdfText(file, index + 1)));
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
    }),
  );
}

describe('minutes PDF (print route, shared page spec, Chromium)', () => {
  it('prints the complete draft minutes of the demo sitting: title, TOPs, deputy line, decisions, tasks, pages, ENTWURF', async () => {
    const content = fullMinutesContent(sitting.id);
    const { file, page } = await printMinutes(content, 'minutes-draft');
    const text = flat(pdfText(file));
    const pages = pagesOf(file);

    expect(text).toContain('Niederschrift über die Sitzung des Regionalkonvents am Montag, 28. April 2025');
    expect(text).toContain('Landrat Sven Krüger, vertreten durch Erster Beigeordneter Dr. Lothar Beier');
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
    for (const task of content.actionItems) expect(text).toContain(task.text);
    expect(text).toContain('Übersicht der Aufgaben');
    expect(text).toContain('Stand der offenen Aufgaben');
    expect(text).toContain('Sitzungsleitung');
    expect(text).toContain('Mitglied des Konvents');
    // Markdown became structure, not markup characters.
    expect(text).toContain('Staatsministerin Regina Kraushaar');
    expect(text).not.toContain('**');

    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain(`Seite 1 von ${pages.length}`);
    expect(pages.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
    expect(pages[0]).toContain('Niederschrift vom 28.04.2025');
    pages.forEach((pageText) => expect(pageText).toContain('ENTWURF'));

    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('(A4)');
    // The outline (bookmarks) lists the title and every item.
    const outline = pdfOutlineTitles(file).map(flat);
    expect(outline).toContain('Niederschrift über die Sitzung des Regionalkonvents am Montag, 28. April 2025');
    for (const item of content.agendaItems) expect(outline).toContain(`TOP ${item.position} ${item.title}${item.public ? '' : ' (nicht öffentlich)'}`);
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
    pages.forEach((pageText) => expect(pageText).toContain(`SHA-256 ${hash}`));
    expect(text).toContain(`Inhalts-Prüfsumme (SHA-256): ${hash.replace(/(.{4})(?=.)/g, '$1 ')}`);
  });

  it('lays out 20 items over several pages without leaving an item heading alone at a page bottom', async () => {
    const content = twentyItemContent(sitting.id);
    const { file } = await printMinutes(content, 'minutes-twenty');
    const pages = pagesOf(file);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((pageText, index) => expect(pageText).toContain(`Seite ${index + 1} von ${pages.length}`));
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
