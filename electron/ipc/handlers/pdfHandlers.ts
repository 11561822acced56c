import { finishPdf } from '../../../shared/print/finishPdf';
import { pdfPageSpec } from '../../../shared/print/pdfPageSpec';
import { parsePrintMetadata, pdfCreator } from '../../../shared/print/printMetadata';
import type { HandlerDeps } from '../handlerDeps';
import type { HandlerMap } from '../handlerMap';
import { UserFacingError } from '../userFacingError';

/**
 * pdf:print renders first, then asks where to save: a document that cannot be printed asks nothing.
 * The rendered PDF is finished (author, creator, language; PDF/A-2b for approved minutes) from the
 * metadata the document itself carries (shared/print/finishPdf.ts).
 */
export function createPdfHandlers(deps: Pick<HandlerDeps, 'appInfo' | 'dialogs' | 'files' | 'pdf'>, now: () => Date = () => new Date()): HandlerMap {
  return {
    'pdf:print': async ({ route, suggestedName }) => {
      const rendered = await deps.pdf.renderRoute(route, pdfPageSpec());
      const metadata = parsePrintMetadata(rendered.metadata, deps.appInfo.name);
      const bytes = await finishPdf(rendered.pdf, { metadata, creator: pdfCreator(deps.appInfo.version), now: now() });
      const target = await deps.dialogs.chooseSavePath(suggestedName, [{ name: 'PDF-Dokument', extensions: ['pdf'] }]);
      if (!target) return null;
      try {
        await deps.files.writeFileAtomic(target, bytes);
      } catch (error) {
        throw new UserFacingError(`Das PDF konnte nicht gespeichert werden (${(error as NodeJS.ErrnoException).code ?? 'Fehler'}). Ist die Datei noch in einem anderen Programm geöffnet?`);
      }
      return { path: target };
    },
  };
}
