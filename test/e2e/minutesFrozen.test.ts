import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { appUrl, artifactsDir, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations } from './harness/browser';
import { seedDatabase } from './harness/seedDatabase';
import { pdfPageCount, pdfText } from './harness/pdfReader';
import { printRouteToPdf } from './harness/printRoutePdf';
import { imagesPerPage } from './harness/pdfChecks';
import { demoRows, demoSitting } from '../fixtures/minutesFixture';
import { fullMinutesContent } from '../fixtures/minutesContent';
import { catalogs } from '../fixtures/catalogs';
import { minutesPrintRequest } from '../../renderer/features/minutes/print/minutesPdfFooter';

const t = catalogs.de.minutes.print;
const sitting = demoSitting(demoRows());
const OLD_LETTERHEAD = 'Masterplan Region Chemnitz/Südwestsachsen · Geschäftsstelle des Regionalkonvents';
const NEW_LETTERHEAD = 'Geschäftsstelle Regionalkonvent · Neue Anschrift ab 2026';
const APPROVED_DEPUTY_LINE = 'Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier';
const CHANGED_DEPUTY_LINE = 'Landrat Sven Krüger, vertreten durch Landrat Dr. Lothar Beier';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Prints the minutes (or a frozen earlier version) the way the export button asks for it. */
async function printMinutes(context: BrowserContext, name: string, input: { version: number; contentHash?: string; frozenVersion?: number }) {
  const request = minutesPrintRequest(t, { sittingId: sitting.id, sittingDate: sitting.date, ...input });
  const printed = await printRouteToPdf(context, request.route, name);
  const pages = Array.from({ length: pdfPageCount(printed.file) }, (_, index) => flat(pdfText(printed.file, index + 1)));
  return { ...printed, flat: flat(pdfText(printed.file)), pages };
}

async function approveInApp(page: Page): Promise<string> {
  await page.goto(appUrl(`/minutes/${sitting.id}?tab=approval`));
  await page.reload();
  await page.getByRole('button', { name: 'Als genehmigt vermerken' }).click();
  await page.getByRole('dialog', { name: 'Niederschrift genehmigen?' }).getByRole('button', { name: 'Genehmigen und sperren' }).click();
  await page.getByText('Genehmigt in der Sitzung vom 26.05.2025.', { exact: true }).waitFor();
  return (await page.getByTestId('content-hash').textContent())!.replace(/\s/g, '');
}

/** A fresh profile with the demo convent and the demo sitting's minutes circulated. */
async function demoWithCirculatedMinutes() {
  const opened = await newAppPage(browser, { width: 1280, height: 900 });
  await opened.page.goto(appUrl('/'));
  await opened.page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await opened.page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
  await seedDatabase(opened.page, fullMinutesContent(sitting.id, { status: 'circulated', circulatedAt: '2025-05-02T08:00:00.000Z' }));
  return opened;
}

describe('approved minutes are frozen (Chromium, real IndexedDB)', () => {
  it('prints the approved deputy line, letterhead and hash after the person and the letterhead changed', async () => {
    const { context, page } = await demoWithCirculatedMinutes();

    const hash = await approveInApp(page);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const atApproval = await printMinutes(context, 'minutes-frozen-at-approval', { version: 1, contentHash: hash });
    expect(atApproval.flat).toContain(APPROVED_DEPUTY_LINE);
    expect(atApproval.flat).toContain(OLD_LETTERHEAD);

    // Beier becomes "Landrat" in the register, the letterhead changes in Einstellungen.
    await page.goto(appUrl('/members/persons'));
    await page.getByRole('link', { name: 'Bearbeiten: Dr. Lothar Beier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Person: Dr. Lothar Beier' }).waitFor();
    await page.getByLabel('Funktion', { exact: true }).fill('Landrat');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Die Person wurde gespeichert.').waitFor();
    await page.goto(appUrl('/settings'));
    await page.getByLabel('Briefkopf', { exact: true }).fill(NEW_LETTERHEAD);
    await page.getByRole('button', { name: 'Speichern' }).first().click();
    await page.getByText('Gespeichert.', { exact: true }).waitFor();

    // The print: word for word the approved minutes, the hash in every footer, no mismatch note.
    const after = await printMinutes(context, 'minutes-frozen-after-change', { version: 1, contentHash: hash });
    expect(after.flat).toContain(APPROVED_DEPUTY_LINE);
    expect(after.flat).not.toContain(CHANGED_DEPUTY_LINE);
    expect(after.flat).toContain(OLD_LETTERHEAD);
    expect(after.flat).not.toContain(NEW_LETTERHEAD);
    expect(after.flat).not.toContain('weicht von der genehmigten Fassung ab');
    expect(after.flat).not.toContain('ENTWURF');
    expect(after.flat).toContain(`Inhalts-Prüfsumme (SHA-256): ${hash.replace(/(.{4})(?=.)/g, '$1 ')}`);
    after.pages.forEach((pageText) => expect(pageText).toContain(`Prüfsumme ${hash.slice(0, 12)} · Seite`));
    expect(after.flat).toBe(atApproval.flat);

    // The screen: the approved text, the same hash, and a calm note of what changed underneath.
    await page.goto(appUrl(`/minutes/${sitting.id}?tab=minutes`));
    const note = page.getByTestId('changed-since-approval');
    await note.waitFor();
    expect(flat((await note.textContent())!)).toContain(`Seit der Genehmigung geändert: Anwesenheit (jetzt: ${CHANGED_DEPUTY_LINE}), Briefkopf.`);
    const attendance = flat((await page.locator('.mn-attendance-panel').textContent())!);
    expect(attendance).toContain(APPROVED_DEPUTY_LINE);
    expect(attendance).not.toContain(CHANGED_DEPUTY_LINE);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'minutes-frozen-screen');
    await page.screenshot({ path: `${artifactsDir}/minutes-frozen-screen-top.png` });
    await page.getByRole('tab', { name: 'Prüfung und Genehmigung' }).click();
    await page.getByText('Der Inhalt stimmt mit der genehmigten Fassung überein.').waitFor();
    expect((await page.getByTestId('content-hash').textContent())!.replace(/\s/g, '')).toBe(hash);
    expect(await page.getByText(/weicht von der genehmigten Fassung ab/).count()).toBe(0);
    await page.screenshot({ path: `${artifactsDir}/minutes-frozen-approval.png` });

    // A correction keeps version 1 as approved and starts version 2 from the data as it is now.
    await page.getByLabel('Grund der Berichtigung').fill('Funktion des Vertreters berichtigt');
    await page.getByRole('button', { name: 'Berichtigung beginnen' }).click();
    await page.getByText('Fassung 2').first().waitFor();
    const version1 = await printMinutes(context, 'minutes-frozen-version-1', { version: 1, contentHash: hash, frozenVersion: 1 });
    expect(version1.flat).toContain(APPROVED_DEPUTY_LINE);
    expect(version1.flat).toContain(OLD_LETTERHEAD);
    expect(version1.flat).toContain(`Inhalts-Prüfsumme (SHA-256): ${hash.replace(/(.{4})(?=.)/g, '$1 ')}`);
    const version2 = await printMinutes(context, 'minutes-frozen-version-2-draft', { version: 2 });
    expect(version2.flat).toContain(CHANGED_DEPUTY_LINE);
    expect(version2.flat).toContain(NEW_LETTERHEAD);
    // The draft mark is an image on every page, not text.
    expect(version2.flat).not.toContain('ENTWURF');
    expect(imagesPerPage(version2.file).every((count) => count === 1)).toBe(true);

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps minutes approved in German in German after the UI switched to English, and reports no change', async () => {
    const { context, page } = await demoWithCirculatedMinutes();
    const hash = await approveInApp(page);

    await page.goto(appUrl('/settings'));
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByLabel('Language').waitFor();

    const printed = await printMinutes(context, 'minutes-frozen-german-ui-english', { version: 1, contentHash: hash });
    expect(printed.flat).toContain(APPROVED_DEPUTY_LINE);
    expect(printed.flat).not.toContain('represented by');
    expect(printed.flat).toContain('Niederschrift');

    await page.goto(appUrl(`/minutes/${sitting.id}?tab=minutes`));
    const attendance = page.locator('.mn-attendance-panel');
    await attendance.waitFor();
    expect(flat((await attendance.textContent())!)).toContain(APPROVED_DEPUTY_LINE);
    expect(await page.getByTestId('changed-since-approval').count()).toBe(0);
    await page.screenshot({ path: `${artifactsDir}/minutes-frozen-german-ui-english.png` });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
