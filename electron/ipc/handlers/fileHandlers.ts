import type { HandlerDeps } from '../handlerDeps';
import type { HandlerMap } from '../handlerMap';
import { UserFacingError } from '../userFacingError';

/** Decodes the payload of file:save; strict base64 so a damaged payload is refused, not half-written. */
export function decodeContent(content: string, encoding: 'utf8' | 'base64'): Uint8Array {
  if (encoding === 'utf8') return new TextEncoder().encode(content);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0) {
    throw new UserFacingError('Die Datei kam beschädigt an und wurde nicht gespeichert.');
  }
  return new Uint8Array(Buffer.from(content, 'base64'));
}

export function createFileHandlers(deps: Pick<HandlerDeps, 'dialogs' | 'files'>): HandlerMap {
  return {
    'file:save': async ({ suggestedName, content, encoding, filters }) => {
      const bytes = decodeContent(content, encoding);
      const target = await deps.dialogs.chooseSavePath(suggestedName, filters);
      if (!target) return null;
      try {
        await deps.files.writeFileAtomic(target, bytes);
      } catch (error) {
        throw new UserFacingError(`Die Datei konnte nicht gespeichert werden (${(error as NodeJS.ErrnoException).code ?? 'Fehler'}). Ist der Ordner beschreibbar?`);
      }
      return { path: target };
    },
  };
}
