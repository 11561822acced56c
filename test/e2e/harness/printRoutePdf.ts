import type { BrowserContext } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finishPdf } from '../../../shared/print/finishPdf';
import { pdfPageSpec } from '../../../shared/print/pdfPageSpec';
import { parsePrintMetadata, pdfCreator, printMetadataScript } from '../../../shared/print/printMetadata';
import { appUrl, artifactsDir } from './browser';
import { playwrightPdfOptions } from './playwrightPdfOptions';

export interface PrintedPdf {
  file: string;
  /** pdftotext -layout of the whole document (as laid out on the page). */
  text: string;
  /**
   * pdftotext -raw (content order, whitespace collapsed): a table cell's wrapped lines stay together,
   * so phrases can be checked even where -layout interleaves neighbouring cells.
   */
  flowText: string;
  /** PNG pages (pdftoppm -r 60) to look at. */
  pages: string[];
}

/**
 * Prints a print route the way the desktop app does (same Chromium engine, same shared page spec,
 * the same finishing step with the document's own metadata as electron/ipc/handlers/pdfHandlers.ts),
 * then reads it back with pdftotext and renders its pages as PNG.
 */
export async function printRouteToPdf(context: BrowserContext, route: string, name: string): Promise<PrintedPdf> {
  const page = await context.newPage();
  try {
    await page.goto(appUrl(route));
    await page.locator('[data-print-ready="true"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    const raw = await page.pdf(playwrightPdfOptions(pdfPageSpec()));
    const metadata = parsePrintMetadata(await page.evaluate(printMetadataScript(`#${route.replace(/^#/, '')}`.slice(1))), 'Konvent');
    const pdf = await finishPdf(raw, { metadata, creator: pdfCreator('0.0.0-test'), now: new Date('2026-03-12T09:00:00Z') });
    mkdirSync(artifactsDir, { recursive: true });
    const file = path.join(artifactsDir, `${name}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const flowText = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(artifactsDir, `${name}-page`)]);
    const pages = readdirSync(artifactsDir)
      .filter((f) => f.startsWith(`${name}-page`) && f.endsWith('.png'))
      .sort()
      .map((f) => path.join(artifactsDir, f));
    return { file, text, flowText, pages };
  } finally {
    await page.close();
  }
}
