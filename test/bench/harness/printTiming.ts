import type { BrowserContext, Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { pdfPageSpec } from '../../../shared/print/pdfPageSpec';
import { playwrightPdfOptions } from '../../e2e/harness/playwrightPdfOptions';

const benchmarkSpec = pdfPageSpec({ left: 'Niederschrift', right: 'Benchmark' });

async function pdfToFile(page: Page, file: string) {
  writeFileSync(file, await page.pdf(playwrightPdfOptions(benchmarkSpec)));
}

/**
 * pdfMs: a print route from navigation to the PDF file written, as the desktop app does it.
 * pdfFloorMs: page.pdf() alone of the same, already rendered page (the engine's own cost).
 */
export async function measurePrint(context: BrowserContext, url: string, file: string): Promise<{ pdfMs: number; pdfFloorMs: number }> {
  const page = await context.newPage();
  try {
    const started = performance.now();
    await page.goto(url);
    await page.locator('[data-print-ready="true"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    await pdfToFile(page, file);
    const pdfMs = performance.now() - started;
    const floorStarted = performance.now();
    await pdfToFile(page, file);
    const pdfFloorMs = performance.now() - floorStarted;
    return { pdfMs, pdfFloorMs };
  } finally {
    await page.close();
  }
}
