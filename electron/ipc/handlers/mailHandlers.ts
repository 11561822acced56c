import { lstat, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { composeEml, type MailAttachment } from '../../../shared/mail/emlMessage';
import type { HandlerDeps } from '../handlerDeps';
import type { HandlerMap } from '../handlerMap';
import { UserFacingError } from '../userFacingError';
import { renderDocument } from './pdfHandlers';

/**
 * mail:openDraft writes an .eml draft into the app's own draft folder and hands exactly that file
 * to the system's mail program. The renderer names no path: the file name is a checked draft name
 * plus ".eml", so nothing outside the draft folder can ever be written or opened.
 */
export function createMailHandlers(deps: Pick<HandlerDeps, 'appInfo' | 'files' | 'pdf' | 'mail' | 'now'>): HandlerMap {
  return {
    'mail:openDraft': async ({ draftName, draft, pdf }) => {
      const attachments: MailAttachment[] = [];
      if (pdf) {
        const bytes = await renderDocument(deps, pdf.route, deps.now());
        attachments.push({ fileName: pdf.fileName, contentType: 'application/pdf', bytes });
      }
      for (const attachment of draft.attachments) {
        attachments.push({ fileName: attachment.fileName, contentType: attachment.contentType, bytes: new Uint8Array(Buffer.from(attachment.base64, 'base64')) });
      }
      const eml = composeEml({ ...draft, attachments });
      const target = path.join(deps.mail.draftFolder, `${draftName}.eml`);
      try {
        await ensureOwnFolder(deps.mail.draftFolder);
        await deps.files.writeFileAtomic(target, new TextEncoder().encode(eml));
      } catch (error) {
        throw new UserFacingError(`Der E-Mail-Entwurf konnte nicht gespeichert werden (${(error as NodeJS.ErrnoException).code ?? 'Fehler'}).`);
      }
      await pruneOldDrafts(deps.mail.draftFolder, target, deps.now().getTime());
      const problem = await deps.mail.openFile(target);
      if (problem) throw new UserFacingError('Der E-Mail-Entwurf wurde gespeichert, aber kein E-Mail-Programm hat ihn geöffnet. Ist ein E-Mail-Programm eingerichtet?');
      return { opened: true as const };
    },
  };
}

/** Creates the draft folder; refuses a link put in its place (nothing is written through it). */
async function ensureOwnFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const stats = await lstat(folder);
  if (!stats.isDirectory() || stats.isSymbolicLink()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
}

/** Drafts are temporary: the app's own .eml files older than two weeks are removed (nothing else). */
const DRAFT_KEEP_MS = 14 * 24 * 60 * 60 * 1000;
async function pruneOldDrafts(folder: string, keep: string, now: number): Promise<void> {
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const file = path.join(folder, name);
    if (file === keep || !/^[A-Za-z0-9][A-Za-z0-9_-]*\.eml$/.test(name)) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs > DRAFT_KEEP_MS) await rm(file, { force: true }).catch(() => undefined);
  }
}
