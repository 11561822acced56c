import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isSafeRelativeDir, isSafeRelativePath } from '../../shared/sync/folderLayout';
import { SyncFolderError } from '../../shared/sync/syncFolder';

/**
 * Paths that come from the renderer, confined to a folder the user chose: a plain file name in the
 * backup folder (fileInsideFolder), a relative path in the sync folder (resolveInside), and no
 * symbolic link leading out of either (assertNoEscape). Each refuses with the error its caller
 * reports: PathEscapeError for the backup folder, SyncFolderError for the sync engine.
 */

/** True when `full` is `root` itself or lies below it. */
function isInside(root: string, full: string): boolean {
  const fromRoot = path.relative(root, full);
  return !(fromRoot.startsWith('..') || path.isAbsolute(fromRoot));
}

export class PathEscapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathEscapeError';
  }
}

/**
 * The path of a file directly inside a chosen folder. The name comes from the renderer, so it
 * must be a plain file name: no separators, no "..", not absolute; and an existing entry of that
 * name must not be a symbolic link (which could point anywhere). Returns the resolved path.
 */
export async function fileInsideFolder(folder: string, fileName: string): Promise<string> {
  if (
    fileName.length === 0 ||
    fileName === '.' ||
    fileName === '..' ||
    /[\\/\0]/.test(fileName) ||
    path.isAbsolute(fileName) ||
    path.win32.isAbsolute(fileName)
  ) {
    throw new PathEscapeError(`Kein einfacher Dateiname: ${fileName}`);
  }
  const root = await realpath(folder);
  const target = path.join(root, fileName);
  if (path.dirname(target) !== root) throw new PathEscapeError(`Datei läge außerhalb des Ordners: ${fileName}`);
  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) throw new PathEscapeError(`Verknüpfung statt Datei: ${fileName}`);
  return target;
}

/**
 * Turns a relative path from the renderer into an absolute one inside the chosen folder, or
 * refuses: no '..', no absolute paths, no drive letters or backslashes (the shared pattern), and
 * nothing that resolves through a symlink to a place outside the folder.
 */
export function resolveInside(root: string, relative: string, kind: 'file' | 'dir'): string {
  const allowed = kind === 'dir' ? isSafeRelativeDir(relative) : isSafeRelativePath(relative);
  if (!allowed) throw new SyncFolderError('outside', `Pfad außerhalb des Synchronisationsordners abgelehnt: ${JSON.stringify(relative)}`);
  const full = path.resolve(root, ...relative.split('/').filter(Boolean));
  if (!isInside(root, full)) {
    throw new SyncFolderError('outside', `Pfad außerhalb des Synchronisationsordners abgelehnt: ${JSON.stringify(relative)}`);
  }
  return full;
}

/** The real location of the deepest existing part of `full` must still be inside the real root. */
export async function assertNoEscape(root: string, full: string): Promise<void> {
  const realRoot = await realpath(root).catch(() => {
    throw new SyncFolderError('missing', 'Der Synchronisationsordner ist nicht erreichbar.');
  });
  let probe = full;
  for (;;) {
    try {
      const real = await realpath(probe);
      if (!isInside(realRoot, real)) {
        throw new SyncFolderError('outside', 'Ein Pfad im Synchronisationsordner führt über eine Verknüpfung nach außen.');
      }
      return;
    } catch (error) {
      if (error instanceof SyncFolderError) throw error;
      const parent = path.dirname(probe);
      if (parent === probe) return;
      probe = parent;
    }
  }
}
