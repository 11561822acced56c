import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage, pageErrors, screenshot } from './harness/browser';
import { catalogs } from '../fixtures/catalogs';

/**
 * Issue 17.4: the English catalog is a chunk of its own, loaded only when the UI is English, and the
 * app never shows a frame in the wrong language while it loads. Real web mode build, real IndexedDB.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** From the page's very first script on: every text the first navigation link and the h1 ever show. */
const RECORD_TEXTS = `
  window.__shownTexts = [];
  new MutationObserver(() => {
    for (const [where, element] of [['nav', document.querySelector('nav a')], ['h1', document.querySelector('main h1')]]) {
      const text = element?.textContent && where + ': ' + element.textContent;
      if (text && !window.__shownTexts.includes(text)) window.__shownTexts.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

/** Chunks of the schemas and zod (names of the production build's chunks). */
const SCHEMA_CHUNK = /\/assets\/(zod|zodWithoutEval|tables)-[^/]*\.js$/;

async function reloadRecording(page: Page): Promise<{ texts: string[]; englishRequested: boolean; schemaChunksBeforeH1: string[] }> {
  let englishRequested = false;
  let h1Shown = false;
  const schemaChunksBeforeH1: string[] = [];
  const onRequest = (request: { url(): string }) => {
    if (/englishCatalog-[^/]*\.js$/.test(request.url())) englishRequested = true;
    if (!h1Shown && SCHEMA_CHUNK.test(request.url())) schemaChunksBeforeH1.push(request.url());
  };
  page.on('request', onRequest);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  h1Shown = true;
  await page.waitForTimeout(300);
  page.off('request', onRequest);
  const texts = await page.evaluate(() => (window as unknown as { __shownTexts: string[] }).__shownTexts);
  return { texts, englishRequested, schemaChunksBeforeH1 };
}

describe('the UI language at start-up', () => {
  it('German loads no English catalog and no schemas before the Übersicht; English is loaded before the first frame, which is English', async () => {
    const { context, page } = await newAppPage(browser);
    await page.addInitScript(RECORD_TEXTS);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: catalogs.de.overview.loadDemo }).click();
    await page.getByRole('heading', { level: 1, name: catalogs.de.overview.title }).waitFor();

    const german = await reloadRecording(page);
    expect(german.englishRequested, 'English catalog requested in a German UI').toBe(false);
    // zod and the table schemas load with the first write or the sync engine, not before the Übersicht shows.
    expect(german.schemaChunksBeforeH1).toEqual([]);
    expect(german.texts).toEqual([`nav: ${catalogs.de.common.nav.overview}`, `h1: ${catalogs.de.overview.title}`]);
    await screenshot(page, 'language-at-start-de');

    // Switching in Einstellungen loads English and switches every text.
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    await page.getByLabel(catalogs.de.settings.language, { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: catalogs.en.settings.title }).waitFor();
    await page.getByRole('link', { name: catalogs.en.common.nav.overview, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: catalogs.en.overview.title }).waitFor();

    // After a reload the very first frame is English: no German navigation or heading, not even briefly.
    const english = await reloadRecording(page);
    expect(english.englishRequested, 'English catalog not requested in an English UI').toBe(true);
    expect(english.texts).toEqual([`nav: ${catalogs.en.common.nav.overview}`, `h1: ${catalogs.en.overview.title}`]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'language-at-start-en');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
