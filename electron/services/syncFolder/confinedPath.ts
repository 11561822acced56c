import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { isSafeRelativeDir, isSafeRelativePath } from '../../../shared/sync/folderLayout';
import { SyncFolderError } from '../../../shared/sync/syncFolder';

/**
 * Turns a relative path from the renderer into an absolute one inside the chosen folder, or
 * refuses: no '..', no absolute paths, no drive letters or backslashes (the shared pattern), and
 * nothing that resolves through a symlink to a place outside the folder.
 */
export function resolveInside(root: string, relative: string, kind: 'file' | 'dir'): string {
  const allowed = kind === 'dir' ? isSafeRelativeDir(relative) : isSafeRelativePath(relative);
  if (!allowed) throw new SyncFolderError('outside', `Pfad außerhalb des Synchronisationsordners abgelehnt: ${JSON.stringify(relative)}`);
  const full = path.resolve(root, ...relative.split('/').filter(Boolean));
  const fromRoot = path.relative(root, full);
  if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
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
      const fromRoot = path.relative(realRoot, real);
      if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
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
