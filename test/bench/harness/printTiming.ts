import type { BrowserContext, Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { pdfPageSpec } from '../../../shared/print/pdfPageSpec';
import { printReadinessScript } from '../../../shared/print/printReadiness';
import { playwrightPdfOptions } from '../../e2e/harness/playwrightPdfOptions';

const benchmarkSpec = pdfPageSpec();

async function pdfToFile(page: Page, file: string) {
  writeFileSync(file, await page.pdf(playwrightPdfOptions(benchmarkSpec)));
}

/**
 * pdfMs: a print route to the PDF file written, as the desktop app does it: its hidden print window
 * is kept warm (the app loaded once), so a print navigates the window's hash to the route, waits for
 * that route's document to be ready (shared/print/printReadiness.ts) and prints.
 * pdfFloorMs: page.pdf() alone of the same, already rendered page (the engine's own cost).
 */
export async function measurePrint(warmPage: Page, route: string, file: string): Promise<{ pdfMs: number; pdfFloorMs: number }> {
  await warmPage.evaluate(() => {
    window.location.hash = '#/print';
  });
  const started = performance.now();
  await warmPage.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${route}`);
  const readiness = await warmPage.evaluate(printReadinessScript(route, 30_000));
  if (readiness !== 'ready') throw new Error(`Druckroute ${route}: ${String(readiness)}`);
  await pdfToFile(warmPage, file);
  const pdfMs = performance.now() - started;
  const floorStarted = performance.now();
  await pdfToFile(warmPage, file);
  const pdfFloorMs = performance.now() - floorStarted;
  return { pdfMs, pdfFloorMs };
}

/** The desktop app's warm print window: the app loaded once at the idle print route. */
export async function openWarmPrintPage(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/print`);
  await page.locator('[data-print-route="/print"]').waitFor({ state: 'attached' });
  return page;
}
