import { pdfPageSpec } from '../../../shared/print/pdfPageSpec';
import type { HandlerDeps } from '../handlerDeps';
import type { HandlerMap } from '../handlerMap';
import { UserFacingError } from '../userFacingError';

/** pdf:print renders first, then asks where to save: a document that cannot be printed asks nothing. */
export function createPdfHandlers(deps: Pick<HandlerDeps, 'dialogs' | 'files' | 'pdf'>): HandlerMap {
  return {
    'pdf:print': async ({ route, suggestedName, footerLeft, footerRight }) => {
      const spec = pdfPageSpec(footerRight === undefined ? { left: footerLeft } : { left: footerLeft, right: footerRight });
      const bytes = await deps.pdf.renderRoute(route, spec);
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
