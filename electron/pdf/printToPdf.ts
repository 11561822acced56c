import type { BrowserWindow } from 'electron';
import type { PdfPageSpec } from '../../shared/print/pdfPageSpec';
import { printMetadataScript } from '../../shared/print/printMetadata';
import { printReadinessScript } from '../../shared/print/printReadiness';
import { appUrl } from '../services/appFiles';
import { createSecureWindow } from '../window';

const READY_TIMEOUT_MS = 20_000;

/**
 * One hidden print window, kept warm: the app is loaded in it once (or prewarmed after start) and
 * each print only navigates its hash to the print route, so a PDF costs the document's own data and
 * layout, not a new renderer start. Prints run one after the other. The window comes from the secure
 * factory (no preload) and is recreated if its renderer dies.
 */
let warm: { window: BrowserWindow; loaded: Promise<void> } | undefined;
let queue: Promise<unknown> = Promise.resolve();

function printWindow(): { window: BrowserWindow; loaded: Promise<void> } {
  if (warm && !warm.window.isDestroyed()) return warm;
  const window = createSecureWindow({ show: false, bounds: { width: 794, height: 1123 }, title: 'Druck' });
  window.webContents.on('render-process-gone', () => {
    if (!window.isDestroyed()) window.destroy();
    warm = undefined;
  });
  warm = { window, loaded: window.loadURL(appUrl('/print')) };
  return warm;
}

/** Loads the print window in the background so the first PDF is as quick as the next ones. */
export function prewarmPrintWindow(): void {
  printWindow().loaded.catch(() => {
    warm?.window.destroy();
    warm = undefined;
  });
}

export function closePrintWindow(): void {
  if (warm && !warm.window.isDestroyed()) warm.window.destroy();
  warm = undefined;
}

/**
 * Renders a print route (#/print/…) to PDF with the page spec the tests give Playwright's page.pdf().
 * Waits for exactly this route's document to be ready (shared/print/printReadiness.ts); page size,
 * margins and footer come from the document's CSS @page rules. Returns the bytes and what the
 * document says about itself (shared/print/printMetadata.ts) for finishing the PDF.
 */
export function renderRouteToPdf(route: string, spec: PdfPageSpec): Promise<{ pdf: Uint8Array; metadata: unknown }> {
  const run = queue.then(() => renderOnce(route, spec));
  queue = run.catch(() => undefined);
  return run;
}

async function renderOnce(route: string, spec: PdfPageSpec): Promise<{ pdf: Uint8Array; metadata: unknown }> {
  const { window, loaded } = printWindow();
  await loaded;
  const contents = window.webContents;
  await contents.executeJavaScript(`location.hash = ${JSON.stringify(`#${route}`)}; true`);
  const readiness = await contents.executeJavaScript(printReadinessScript(route, READY_TIMEOUT_MS));
  if (readiness !== 'ready') throw new Error(`Druckroute ${route}: ${readiness === 'failed' ? 'Dokument nicht gefunden' : 'wurde nicht fertig'}`);
  const metadata: unknown = await contents.executeJavaScript(printMetadataScript(route));
  const data = await contents.printToPDF({
    pageSize: spec.format,
    preferCSSPageSize: spec.preferCssPageSize,
    displayHeaderFooter: spec.displayHeaderFooter,
    printBackground: spec.printBackground,
    generateTaggedPDF: spec.tagged,
    generateDocumentOutline: spec.outline,
  });
  return { pdf: new Uint8Array(data), metadata };
}
