import { access, constants, stat } from 'node:fs/promises';

/** A remembered folder is usable when it still exists, is a folder, and we may write into it. */
export async function isUsableFolder(folder: string): Promise<boolean> {
  try {
    if (!(await stat(folder)).isDirectory()) return false;
    await access(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
