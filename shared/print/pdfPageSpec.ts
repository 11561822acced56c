/**
 * One page spec for every PDF: Electron's printToPDF and Playwright's page.pdf() both read it
 * (the same Chromium print engine), so the desktop and the tests produce the same document.
 */
export interface PdfPageSpec {
  format: 'A4';
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /** Chromium header/footer templates: spans with class pageNumber / totalPages are filled in. */
  headerTemplate: string;
  footerTemplate: string;
  tagged: true;
  outline: true;
  printBackground: true;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface PdfFooterInput {
  /** Left part of the footer, e.g. the document title. */
  left: string;
  /** Optional right part before the page count, e.g. "Inhalts-Prüfsumme 3f2a…". */
  right?: string;
}

export function pdfPageSpec(footer: PdfFooterInput): PdfPageSpec {
  const style = 'font-family: sans-serif; font-size: 7.5pt; color: #444; width: 100%; padding: 0 18mm;';
  return {
    format: 'A4',
    marginsMm: { top: 20, right: 18, bottom: 22, left: 22 },
    headerTemplate: '<div></div>',
    // No footer text at all (the serial letter numbers its pages per letter itself): no footer.
    footerTemplate:
      !footer.left && !footer.right
        ? '<div></div>'
        : `<div style="${style} display: flex; justify-content: space-between;">` +
          `<span>${escapeHtml(footer.left)}</span>` +
          `<span>${footer.right ? `${escapeHtml(footer.right)} · ` : ''}Seite <span class="pageNumber"></span> von <span class="totalPages"></span></span>` +
          `</div>`,
    tagged: true,
    outline: true,
    printBackground: true,
  };
}

/** Millimetres as the CSS length string both engines accept. */
