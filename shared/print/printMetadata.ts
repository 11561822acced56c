import { z } from 'zod';
import { PRINT_ROUTE_ATTRIBUTE } from './printReadiness';

/**
 * What a print document says about itself beyond its text: the PDF's author and language and
 * whether it is a record for the archive (PDF/A-2b). The document renders it as JSON in the
 * attribute below (renderer/print/PrintMetadata.tsx); the printer reads it after the document is
 * ready (printMetadataScript) and finishes the PDF with it (finishPdf.ts). So the route alone
 * decides the whole PDF, on the desktop and in the tests. The title is the document's <title>,
 * which Chromium writes itself (also through the print dialog in web mode).
 */
export const PRINT_METADATA_ATTRIBUTE = 'data-print-metadata';

export const printMetadataSchema = z.object({
  title: z.string().max(500),
  author: z.string().max(300),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
  archive: z.boolean(),
});
export type PrintMetadata = z.infer<typeof printMetadataSchema>;

/** A self-contained script (for executeJavaScript / page.evaluate): the route's metadata, or null. */
export function printMetadataScript(route: string): string {
  return `(() => {
  const route = ${JSON.stringify(route)};
  const root = [...document.querySelectorAll('[${PRINT_ROUTE_ATTRIBUTE}]')].find((e) => e.getAttribute('${PRINT_ROUTE_ATTRIBUTE}') === route);
  const element = root && root.querySelector('[${PRINT_METADATA_ATTRIBUTE}]');
  return element ? element.getAttribute('${PRINT_METADATA_ATTRIBUTE}') : null;
})()`;
}

/** Parses what printMetadataScript returned; a document without metadata gets neutral defaults. */
export function parsePrintMetadata(raw: unknown, fallbackAuthor: string): PrintMetadata {
  if (typeof raw === 'string') {
    try {
      const parsed = printMetadataSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // falls through to the defaults
    }
  }
  return { title: '', author: fallbackAuthor, language: 'de', archive: false };
}

/** The PDF's creator: the app and its version, never the print engine's user agent. */
export const pdfCreator = (appVersion: string) => `Konvent ${appVersion}`;
