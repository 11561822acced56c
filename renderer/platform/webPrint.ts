import type { PrintDocumentRequest } from './platformBridge';

/**
 * Web mode prints a print route through the browser's print dialog: the route is loaded in a
 * hidden same-origin iframe, and printing starts once the document says it is ready
 * (data-print-ready="true"). The user picks "Als PDF speichern" there. The document brings its
 * own page size, margins and footer ("Seite x von y", short checksum) as CSS @page margin boxes
 * and its title as <title>, so this path prints the same pages as the desktop app. What it cannot
 * do is finish the file: author, creator and PDF/A-2b are set by the desktop app only.
 */
export async function printInHiddenFrame(request: PrintDocumentRequest, timeoutMs = 15_000): Promise<{ savedAs: string } | null> {
  const frame = document.createElement('iframe');
  frame.title = request.suggestedName;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.position = 'fixed';
  frame.style.width = '210mm';
  frame.style.height = '297mm';
  frame.style.left = '-10000px';
  frame.src = `${window.location.pathname}#${request.route}`;
  document.body.append(frame);
  try {
    const started = Date.now();
    for (;;) {
      const doc = frame.contentDocument;
      if (doc?.querySelector('[data-print-ready="true"]')) break;
      if (Date.now() - started > timeoutMs) throw new Error('Das Dokument konnte nicht zum Drucken vorbereitet werden.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await frame.contentDocument?.fonts?.ready;
    frame.contentWindow?.print();
    return { savedAs: request.suggestedName };
  } finally {
    setTimeout(() => frame.remove(), 1_000);
  }
}
