import { isSafeRelativeDir, isSafeRelativePath, isTempName } from '../../shared/sync/folderLayout';
import { bytesEqual, SyncFolderError, type FolderEntry, type SyncFolder } from '../../shared/sync/syncFolder';

/**
 * The sync folder through the File System Access API (web mode; OPFS in tests). A writable file
 * stream already writes to a swap file and replaces the file on close(); on top of that the data
 * goes to a temp file in this PC's tmp/ folder that is then moved into place where the browser can
 * move files, and every write is read back and compared.
 */
interface MovableHandle extends FileSystemFileHandle {
  move?: (destination: FileSystemDirectoryHandle, name: string) => Promise<void>;
}
interface IterableDirectory extends FileSystemDirectoryHandle {
  values(): AsyncIterable<FileSystemHandle>;
}

function toFolderError(error: unknown, action: string): SyncFolderError {
  if (error instanceof SyncFolderError) return error;
  const name = (error as DOMException | undefined)?.name;
  if (name === 'NotFoundError') return new SyncFolderError('missing', `${action}: der Synchronisationsordner ist nicht erreichbar.`);
  if (name === 'NotAllowedError' || name === 'SecurityError') return new SyncFolderError('outside', `${action}: der Browser erlaubt den Zugriff auf den Ordner nicht.`);
  if (name === 'NoModificationAllowedError') return new SyncFolderError('busy', `${action}: die Datei ist gerade in Benutzung.`);
  return new SyncFolderError('io', `${action}: ${(error as Error)?.message ?? String(error)}`);
}

const isNotFound = (error: unknown) => ['NotFoundError', 'TypeMismatchError'].includes((error as DOMException | undefined)?.name ?? '');

function split(path: string): { dirs: string[]; name: string } {
  const parts = path.split('/');
  return { dirs: parts.slice(0, -1), name: parts[parts.length - 1]! };
}

export function createWebSyncFolder(root: FileSystemDirectoryHandle, label = root.name): SyncFolder {
  /**
   * Folder handles already looked up, by path: each step down is a round trip to the browser's
   * file system. A handle names a place, not a folder: one whose folder was removed and made again
   * works as before, and one whose folder is gone fails like a fresh lookup would, except that it
   * does not create the folder again; writes then look up afresh (`freshOnNotFound`).
   */
  const known = new Map<string, FileSystemDirectoryHandle>();

  async function dirAt(parts: readonly string[], create: boolean): Promise<FileSystemDirectoryHandle | null> {
    let dir = root;
    let from = 0;
    for (let depth = parts.length; depth > 0; depth--) {
      const hit = known.get(parts.slice(0, depth).join('/'));
      if (hit) {
        dir = hit;
        from = depth;
        break;
      }
    }
    for (let i = from; i < parts.length; i++) {
      try {
        dir = await dir.getDirectoryHandle(parts[i]!, { create });
      } catch (error) {
        if (!create && isNotFound(error)) return null;
        throw error;
      }
      known.set(parts.slice(0, i + 1).join('/'), dir);
    }
    return dir;
  }

  /** A write that met a removed folder through a remembered handle is done again with fresh lookups (which create it). */
  async function freshOnNotFound<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!isNotFound(error) || known.size === 0) throw error;
      known.clear();
      return write();
    }
  }

  /** File handles of files read before, by path (like folder handles, they name a place). */
  const knownFiles = new Map<string, FileSystemFileHandle>();

  async function readFile(path: string): Promise<Uint8Array | null> {
    try {
      let handle = knownFiles.get(path);
      if (!handle) {
        const { dirs, name } = split(path);
        const dir = await dirAt(dirs, false);
        if (!dir) return null;
        handle = await dir.getFileHandle(name);
        knownFiles.set(path, handle);
      }
      const file = await handle.getFile();
      return new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Uint8Array): Promise<FileSystemFileHandle> {
    const handle = await dir.getFileHandle(name, { create: true });
    const stream = await handle.createWritable();
    // The stream queues the write; close() waits for it.
    await Promise.all([stream.write(data as BufferSource), stream.close()]);
    return handle;
  }

  function requirePath(path: string, dir = false): void {
    if (!(dir ? isSafeRelativeDir(path) : isSafeRelativePath(path))) {
      throw new SyncFolderError('outside', `Pfad außerhalb des Synchronisationsordners abgelehnt: ${JSON.stringify(path)}`);
    }
  }

  /** The chosen folder itself must still be there; it is never created. */
  async function requireRoot(): Promise<void> {
    await (root as IterableDirectory).values()[Symbol.asyncIterator]().next();
  }

  async function moveFile(from: string, to: string): Promise<void> {
    const source = split(from);
    const sourceDir = await dirAt(source.dirs, false);
    if (!sourceDir) throw new SyncFolderError('missing', `${from} gibt es nicht.`);
    const handle = (await sourceDir.getFileHandle(source.name)) as MovableHandle;
    const target = split(to);
    const targetDir = (await dirAt(target.dirs, true))!;
    if (typeof handle.move === 'function') {
      await handle.move(targetDir, target.name);
      return;
    }
    await writeFile(targetDir, target.name, new Uint8Array(await (await handle.getFile()).arrayBuffer()));
    await sourceDir.removeEntry(source.name);
  }

  return {
    label,

    async list(dir: string): Promise<FolderEntry[] | null> {
      requirePath(dir, true);
      try {
        const handle = dir === '' ? root : await dirAt(dir.split('/'), false);
        if (!handle) return null;
        const entries: FolderEntry[] = [];
        for await (const entry of (handle as IterableDirectory).values()) entries.push({ name: entry.name, kind: entry.kind === 'directory' ? 'directory' : 'file' });
        return entries;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw toFolderError(error, 'Ordner lesen');
      }
    },

    async read(path: string): Promise<Uint8Array | null> {
      requirePath(path);
      try {
        const bytes = await readFile(path);
        if (!bytes) await requireRoot();
        return bytes;
      } catch (error) {
        throw toFolderError(error, 'Datei lesen');
      }
    },

    async writeAtomically(path: string, data: Uint8Array, tempDir: string): Promise<void> {
      requirePath(path);
      requirePath(tempDir, true);
      try {
        await freshOnNotFound(async () => {
          const { dirs, name } = split(path);
          // The check of the chosen folder and both folders below it are asked at once.
          const [, temp, target] = await Promise.all([requireRoot(), dirAt(tempDir.split('/'), true), dirAt(dirs, true)]);
          const tempName = `${crypto.randomUUID()}.tmp`;
          const tempHandle = (await writeFile(temp!, tempName, data)) as MovableHandle;
          let written: FileSystemFileHandle = tempHandle;
          let moved = false;
          if (typeof tempHandle.move === 'function') {
            try {
              await tempHandle.move(target!, name);
              moved = true;
            } catch {
              moved = false;
            }
          }
          if (!moved) {
            // No move here (or not onto an existing file): the writable stream's own swap file keeps it atomic.
            written = await writeFile(target!, name, data);
            await temp!.removeEntry(tempName).catch(() => undefined);
          }
          // Read back through the handle, which names the file at its final place (a moved handle follows the move).
          const readBack = await written.getFile().then(
            async (file) => new Uint8Array(await file.arrayBuffer()),
            (error: unknown) => {
              if (isNotFound(error)) return null;
              throw error;
            },
          );
          if (!readBack || !bytesEqual(readBack, data)) throw new SyncFolderError('verifyFailed', `${path} wurde nicht unverändert gespeichert.`);
        });
      } catch (error) {
        throw toFolderError(error, 'Datei schreiben');
      }
    },

    async rename(from: string, to: string): Promise<void> {
      requirePath(from);
      requirePath(to);
      try {
        await freshOnNotFound(() => moveFile(from, to));
      } catch (error) {
        throw toFolderError(error, 'Datei umbenennen');
      }
    },

    async removeTemp(path: string): Promise<void> {
      requirePath(path);
      const { dirs, name } = split(path);
      if (!isTempName(name) || dirs[dirs.length - 1] !== 'tmp') throw new SyncFolderError('outside', 'Gelöscht werden nur eigene temporäre Dateien.');
      try {
        const dir = await dirAt(dirs, false);
        await dir?.removeEntry(name);
      } catch (error) {
        if (isNotFound(error)) return;
        throw toFolderError(error, 'Temporäre Datei löschen');
      }
    },
  };
}
