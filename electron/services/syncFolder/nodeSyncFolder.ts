import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isTempName } from '../../../shared/sync/folderLayout';
import { bytesEqual, SyncFolderError, type FolderEntry, type SyncFolder } from '../../../shared/sync/syncFolder';
import { assertNoEscape, resolveInside } from '../confinedPath';
import { errorCode, retryBusy } from './retryBusy';

/**
 * The sync folder on a local disk, network drive or USB stick, for the main process. Every path
 * is confined to the chosen folder. Writes go to a temp file that is flushed to disk, then renamed
 * into place, then read back and compared. Windows virus scanners and cloud clients hold files
 * open for a moment: EBUSY/EPERM/EACCES are retried with growing pauses before giving up.
 */
export interface NodeSyncFolderOptions {
  root: string;
  attempts?: number;
  firstBackoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);
const codeOf = errorCode;

export function toFolderError(error: unknown, action: string): SyncFolderError {
  if (error instanceof SyncFolderError) return error;
  const code = codeOf(error);
  if (code && READ_ONLY.has(code)) return new SyncFolderError('readOnly', `${action}: keine Schreibrechte im Synchronisationsordner (${code}).`);
  if (code === 'EBUSY') return new SyncFolderError('busy', `${action}: die Datei ist von einem anderen Programm belegt.`);
  if (code === 'ENOENT') return new SyncFolderError('missing', `${action}: der Synchronisationsordner ist nicht erreichbar.`);
  return new SyncFolderError('io', `${action}: ${(error as Error)?.message ?? String(error)}`);
}

export function createNodeSyncFolder(options: NodeSyncFolderOptions): SyncFolder {
  const root = path.resolve(options.root);
  const attempts = options.attempts ?? 6;
  const firstBackoff = options.firstBackoffMs ?? 50;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  const withRetry = <T>(action: () => Promise<T>) => retryBusy(action, { attempts, firstBackoffMs: firstBackoff, sleep });

  async function requireRoot(): Promise<void> {
    const info = await stat(root).catch(() => null);
    if (!info?.isDirectory()) throw new SyncFolderError('missing', 'Der Synchronisationsordner ist nicht erreichbar.');
  }

  /** Creates missing folders below the root, one by one, refusing symlinks on the way. */
  async function ensureDir(relativeDir: string): Promise<string> {
    const full = resolveInside(root, relativeDir, 'dir');
    await requireRoot();
    await assertNoEscape(root, full);
    await mkdir(full, { recursive: true });
    await assertNoEscape(root, full);
    return full;
  }

  async function writeFully(file: string, data: Uint8Array): Promise<void> {
    const handle = await open(file, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  return {
    label: root,

    async list(dir: string): Promise<FolderEntry[] | null> {
      const full = resolveInside(root, dir, 'dir');
      try {
        await assertNoEscape(root, full);
        const entries = await readdir(full, { withFileTypes: true });
        // Symlinks are neither followed nor listed.
        return entries
          .filter((entry) => entry.isFile() || entry.isDirectory())
          .map((entry) => ({ name: entry.name, kind: entry.isDirectory() ? ('directory' as const) : ('file' as const) }));
      } catch (error) {
        if (error instanceof SyncFolderError && error.code === 'outside') throw error;
        const code = error instanceof SyncFolderError ? error.code : codeOf(error);
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'missing') return null;
        throw toFolderError(error, 'Ordner lesen');
      }
    },

    async read(relative: string): Promise<Uint8Array | null> {
      const full = resolveInside(root, relative, 'file');
      try {
        await assertNoEscape(root, full);
        if ((await lstat(full)).isSymbolicLink()) throw new SyncFolderError('outside', 'Verknüpfungen im Synchronisationsordner werden nicht gelesen.');
        return new Uint8Array(await withRetry(() => readFile(full)));
      } catch (error) {
        if (error instanceof SyncFolderError && error.code !== 'missing') throw error;
        const code = codeOf(error);
        if (code === 'ENOENT' || code === 'ENOTDIR' || (error instanceof SyncFolderError && error.code === 'missing')) {
          await requireRoot();
          return null;
        }
        throw toFolderError(error, 'Datei lesen');
      }
    },

    async writeAtomically(relative: string, data: Uint8Array, tempDir: string): Promise<void> {
      const target = resolveInside(root, relative, 'file');
      try {
        const tempFolder = await ensureDir(tempDir);
        await ensureDir(relative.split('/').slice(0, -1).join('/'));
        const temp = path.join(tempFolder, `${randomBytes(8).toString('hex')}.tmp`);
        await withRetry(() => writeFully(temp, data));
        await withRetry(() => rename(temp, target));
        const readBack = new Uint8Array(await withRetry(() => readFile(target)));
        if (!bytesEqual(readBack, data)) throw new SyncFolderError('verifyFailed', `${relative} wurde nicht unverändert gespeichert.`);
      } catch (error) {
        throw toFolderError(error, 'Datei schreiben');
      }
    },

    async rename(from: string, to: string): Promise<void> {
      const source = resolveInside(root, from, 'file');
      const target = resolveInside(root, to, 'file');
      try {
        await assertNoEscape(root, source);
        await ensureDir(to.split('/').slice(0, -1).join('/'));
        await withRetry(() => rename(source, target));
      } catch (error) {
        throw toFolderError(error, 'Datei umbenennen');
      }
    },

    async removeTemp(relative: string): Promise<void> {
      const parts = relative.split('/');
      if (!isTempName(parts[parts.length - 1] ?? '') || parts[parts.length - 2] !== 'tmp') {
        throw new SyncFolderError('outside', 'Gelöscht werden nur eigene temporäre Dateien.');
      }
      const full = resolveInside(root, relative, 'file');
      try {
        await assertNoEscape(root, full);
        await withRetry(() => unlink(full));
      } catch (error) {
        if (codeOf(error) === 'ENOENT') return;
        throw toFolderError(error, 'Temporäre Datei löschen');
      }
    },
  };
}
