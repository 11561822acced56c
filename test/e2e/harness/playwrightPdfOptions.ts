import type { Page } from 'playwright-core';
import type { PdfPageSpec } from '../../../shared/print/pdfPageSpec';

const mm = (value: number) => `${value}mm`;

export type PlaywrightPdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/**
 * The shared page spec as Playwright's page.pdf() options: the tests' twin of the desktop app's
 * printToPDF call (electron/pdf/printToPdf.ts), so both print engines get the same page.
 */
export function playwrightPdfOptions(spec: PdfPageSpec): PlaywrightPdfOptions {
  return {
    format: spec.format,
    margin: { top: mm(spec.marginsMm.top), right: mm(spec.marginsMm.right), bottom: mm(spec.marginsMm.bottom), left: mm(spec.marginsMm.left) },
    displayHeaderFooter: true,
    headerTemplate: spec.headerTemplate,
    footerTemplate: spec.footerTemplate,
    tagged: spec.tagged,
    outline: spec.outline,
    printBackground: spec.printBackground,
  };
}
