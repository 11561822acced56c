import type { PdfPageSpec } from '../../shared/print/pdfPageSpec';
import { appUrl } from '../services/appFiles';
import { createSecureWindow } from '../window';

const MM_PER_INCH = 25.4;
const READY_TIMEOUT_MS = 20_000;

/**
 * Renders a print route (#/print/…) to PDF: the route opens in a hidden window from the secure
 * factory (no preload), printing waits until the document marks itself data-print-ready and its
 * fonts are loaded, and the page spec is the one Playwright's page.pdf() gets in the tests.
 */
export async function renderRouteToPdf(route: string, spec: PdfPageSpec): Promise<Uint8Array> {
  const window = createSecureWindow({ show: false, bounds: { width: 794, height: 1123 }, title: 'Druck' });
  try {
    await window.loadURL(appUrl(route));
    const started = Date.now();
    while (!(await window.webContents.executeJavaScript(`document.querySelector('[data-print-ready="true"]') !== null`))) {
      if (Date.now() - started > READY_TIMEOUT_MS) throw new Error(`Druckroute ${route} wurde nicht fertig`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    const inches = (mm: number) => mm / MM_PER_INCH;
    const data = await window.webContents.printToPDF({
      pageSize: spec.format,
      margins: {
        top: inches(spec.marginsMm.top),
        right: inches(spec.marginsMm.right),
        bottom: inches(spec.marginsMm.bottom),
        left: inches(spec.marginsMm.left),
      },
      displayHeaderFooter: true,
      headerTemplate: spec.headerTemplate,
      footerTemplate: spec.footerTemplate,
      printBackground: spec.printBackground,
      generateTaggedPDF: spec.tagged,
      generateDocumentOutline: spec.outline,
    });
    return new Uint8Array(data);
  } finally {
    window.destroy();
  }
}
