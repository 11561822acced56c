import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage, pageErrors } from './harness/browser';
import { seedDatabase } from './harness/seedDatabase';
import { pdfInfo, pdfPageCount, pdfText } from './harness/pdfReader';
import { printRouteToPdf } from './harness/printRoutePdf';
import { expectFooterAlignedWithText, expectFooterOnOneLine, expectOnlyBundledFonts } from './harness/pdfChecks';
import { demoRows, demoSitting } from '../fixtures/minutesFixture';
import { fullMinutesContent } from '../fixtures/minutesContent';
import { SETTINGS_ID, defaultSettings } from '../../shared/domain/settings';

const rows = demoRows();
const sitting = demoSitting(rows);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Every print document in German and in English, through the same print path as the desktop app:
 * its own title and author, a one-line footer in the bundled font aligned with the text, the page
 * count in the document's language. PNG pages land in test/e2e/.artifacts/ to look at.
 */
describe.each([
  {
    language: 'de' as const,
    pageWord: 'Seite',
    of: 'von',
    minutesFooter: 'Niederschrift vom 28.04.2025',
    signInTitle: 'Anwesenheitsliste der Sitzung des Regionalkonvents am 28.04.2025',
    deputyLine: 'Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier',
    foreignWords: /represented by/,
  },
  {
    language: 'en' as const,
    pageWord: 'Page',
    of: 'of',
    minutesFooter: 'Minutes of 28.04.2025',
    signInTitle: 'Sign-in sheet of the sitting of the regional convent on 28.04.2025',
    deputyLine: 'Landrat Sven Krüger, represented by Erster Beigeordneter Dr. Lothar Beier',
    foreignWords: /vertreten/,
  },
])('printed documents ($language)', ({ language, pageWord, of, minutesFooter, signInTitle, deputyLine, foreignWords }) => {
  it('minutes, public version, sign-in sheet, plan and register carry title, author, footer and fonts', { timeout: 180_000 }, async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    const settings = { ...defaultSettings('2026-03-01T00:00:00.000Z'), id: SETTINGS_ID, language };
    await seedDatabase(page, { ...fullMinutesContent(sitting.id), settings: [settings] });

    const documents = [
      { route: `/print/minutes/${sitting.id}`, footer: minutesFooter },
      { route: `/print/minutes/${sitting.id}?public=1`, footer: minutesFooter },
      { route: `/print/signin/${sitting.id}`, title: signInTitle },
      { route: '/print/plan/2025' },
      { route: '/print/register/2025-09-01' },
    ];
    for (const [index, document] of documents.entries()) {
      const printed = await printRouteToPdf(context, document.route, `document-${language}-${index + 1}`);
      const info = pdfInfo(printed.file);
      expect(info.Title, document.route).not.toBe('Konvent');
      if (document.title) expect(info.Title).toBe(document.title);
      expect(info.Author).toBe(settings.conventName);
      expect(info.Creator).toBe('Konvent 0.0.0-test');
      const pages = pdfPageCount(printed.file);
      // The plan is always German (it goes to the public).
      const words = document.route.startsWith('/print/plan') ? { pageWord: 'Seite', of: 'von' } : { pageWord, of };
      expectFooterOnOneLine(printed.file, document.footer ?? '', pages, words.pageWord, words.of);
      expectOnlyBundledFonts(printed.file);
      expectFooterAlignedWithText(printed.file);
      expect(pdfText(printed.file)).not.toMatch(/E\s?N\s?T\s?W\s?U\s?R\s?F|D\s?R\s?A\s?F\s?T\b/);
      if (document.route.startsWith('/print/minutes')) {
        // The attendance words come from the document language's catalog.
        expect(printed.flowText).toContain(deputyLine);
        expect(printed.flowText).not.toMatch(foreignWords);
      }
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
