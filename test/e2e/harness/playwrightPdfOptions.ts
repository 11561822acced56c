import type { Page } from 'playwright-core';
import type { PdfPageSpec } from '../../../shared/print/pdfPageSpec';

export type PlaywrightPdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/**
 * The shared page spec as Playwright's page.pdf() options: the tests' twin of the desktop app's
 * printToPDF call (electron/pdf/printToPdf.ts), so both print engines get the same page. Size,
 * margins and footer come from the document's CSS @page rules.
 */
export function playwrightPdfOptions(spec: PdfPageSpec): PlaywrightPdfOptions {
  return {
    format: spec.format,
    preferCSSPageSize: spec.preferCssPageSize,
    displayHeaderFooter: spec.displayHeaderFooter,
    tagged: spec.tagged,
    outline: spec.outline,
    printBackground: spec.printBackground,
  };
}
