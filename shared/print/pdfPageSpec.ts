/**
 * One page spec for every PDF: Electron's printToPDF and Playwright's page.pdf() both read it
 * (the same Chromium print engine), so the desktop and the tests produce the same document.
 *
 * Page size, margins and the footer ("Seite x von y", the document's name, a short checksum) are
 * not set here but by the document's own CSS `@page` rules with margin boxes (renderer/print/
 * print.css, filled by renderer/print/PrintMetadata.tsx). The browser's print dialog in web mode
 * reads the same rules, so desktop PDFs, web PDFs and test PDFs share one footer implementation,
 * and the footer, being no part of the DOM, is never in the PDF's tag tree.
 */
export interface PdfPageSpec {
  format: 'A4';
  /** The document's CSS `@page` size and margins win over the engine's defaults. */
  preferCssPageSize: true;
  /** The engine's own header/footer templates stay off: the footer is the document's. */
  displayHeaderFooter: false;
  tagged: true;
  outline: true;
  printBackground: true;
}

export function pdfPageSpec(): PdfPageSpec {
  return { format: 'A4', preferCssPageSize: true, displayHeaderFooter: false, tagged: true, outline: true, printBackground: true };
}

/** The page margins of print.css's `@page` rule, in mm (kept equal by a unit test). */
/** @public Kept equal to print.css by a test; PDF checks measure the text column with it. */
export const PRINT_PAGE_MARGINS_MM = { top: 20, right: 18, bottom: 22, left: 22 } as const;
