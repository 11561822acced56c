import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';

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
