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
/** A print route as the finished PDF the user gets (also attached to e-mail drafts). */
export async function renderDocument(deps: Pick<HandlerDeps, 'appInfo' | 'pdf'>, route: string, now: Date): Promise<Uint8Array> {
  const rendered = await deps.pdf.renderRoute(route, pdfPageSpec());
  const metadata = parsePrintMetadata(rendered.metadata, deps.appInfo.name);
  return finishPdf(rendered.pdf, { metadata, creator: pdfCreator(deps.appInfo.version), now });
}

export function createPdfHandlers(deps: Pick<HandlerDeps, 'appInfo' | 'dialogs' | 'files' | 'pdf'>, now: () => Date = () => new Date()): HandlerMap {
  return {
    'pdf:print': async ({ route, suggestedName }) => {
      const bytes = await renderDocument(deps, route, now());
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
