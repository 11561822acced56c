import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { appUrl, artifactsDir, launchBrowser, newAppPage } from './harness/browser';
import { imagesPerPage } from './harness/pdfChecks';
import { pdfPageCount, pdfText } from './harness/pdfReader';
import { playwrightPdfOptions } from './harness/playwrightPdfOptions';
import { demoRows, demoSitting } from '../fixtures/minutesFixture';
import { pdfPageSpec } from '../../shared/print/pdfPageSpec';
import { printReadinessScript } from '../../shared/print/printReadiness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The desktop app keeps one print window and prints one route after another in it; the draft mark is
// drawn once per window (DraftMark keeps the image). Every print must still carry it on every page.
describe('a warm print window printing drafts one after another', () => {
  it('puts the draft mark on every page of every print, the second one included', async () => {
    const { page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    const route = `/print/minutes/${demoSitting(demoRows()).id}`;
    await page.goto(appUrl('/print'));
    for (const run of [1, 2, 3]) {
      await page.evaluate(() => (window.location.hash = '#/print'));
      await page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
      expect(await page.evaluate(printReadinessScript(route, 30_000))).toBe('ready');
      const file = path.join(artifactsDir, `warm-print-${run}.pdf`);
      writeFileSync(file, await page.pdf(playwrightPdfOptions(pdfPageSpec())));
      const pages = pdfPageCount(file);
      expect(pdfText(file, 1)).toContain('Niederschrift');
      expect(imagesPerPage(file), `Druck ${run}`).toEqual(Array.from({ length: pages }, () => 1));
    }
  }, 120_000);
});
