import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage } from './harness/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The Niederschriften overview (Protokolle) keeps the minutes texts it read between visits and reads them again only after a change
// (issue 17). Moving between screens inside the app, the search must always find what was just written.
describe('search after editing, without reloading the app', () => {
  it('finds a word typed into a minutes text a moment ago, and no longer the word it replaced', async () => {
    const { page } = await newAppPage(browser, { width: 1280, height: 1000 });
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    const search = page.getByLabel('Suche in allen Niederschriften');
    const hitsFor = async (words: string) => {
      await page.getByRole('link', { name: 'Niederschriften', exact: true }).click();
      await search.fill(words);
      await page.locator(`[data-search-query="${words}"]`).waitFor();
      return page.locator('.mn-search-hits li').count();
    };

    // First visit (the texts are read), then the editor, then back: the new word is found.
    expect(await hitsFor('Kreisumlagenbruecke')).toBe(0);
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('tab', { name: 'Tagesordnung' }).click();
    await page.getByRole('button', { name: 'Aus Vorlage übernehmen' }).click();
    await page.getByRole('tab', { name: 'Niederschrift' }).click();
    const notes = page.getByLabel('Text zu TOP 1', { exact: true });
    await notes.fill('Die Kreisumlagenbrücke wurde vorgestellt.');
    await page.getByText('Gespeichert', { exact: true }).first().waitFor();
    expect(await hitsFor('Kreisumlagenbruecke')).toBe(1);

    // Changed again: the old word is gone from the results, the new one is there.
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('tab', { name: 'Niederschrift' }).click();
    await notes.fill('Die Talsperrenpartnerschaft wurde vorgestellt.');
    await page.getByText('Gespeichert', { exact: true }).first().waitFor();
    expect(await hitsFor('Kreisumlagenbruecke')).toBe(0);
    expect(await hitsFor('talsperrenpartnerschaft')).toBe(1);
  }, 120_000);
});
