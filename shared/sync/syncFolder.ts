/**
 * The file side of sync: one interface, two implementations (Node fs behind IPC in the desktop
 * app, the File System Access API in web mode). Paths are relative to the chosen folder and
 * '/'-separated (folderLayout.ts). No implementation ever reaches outside the chosen folder.
 */
export interface FolderEntry {
  name: string;
  kind: 'file' | 'directory';
}

export const syncFolderErrorCodes = ['missing', 'readOnly', 'busy', 'outside', 'verifyFailed', 'io'] as const;
export type SyncFolderErrorCode = (typeof syncFolderErrorCodes)[number];

export class SyncFolderError extends Error {
  constructor(
    readonly code: SyncFolderErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncFolderError';
  }
}

export interface SyncFolder {
  /** What the user recognises: a path, or the folder's name in web mode. */
  readonly label: string;
  /** Entries of a folder; null when the folder does not exist ('' is the chosen folder itself). */
  list(dir: string): Promise<FolderEntry[] | null>;
  /** A file's bytes; null when it does not exist. */
  read(path: string): Promise<Uint8Array | null>;
  /**
   * Writes a temp file in tempDir, flushes it, renames it onto path, reads it back and compares.
   * Missing folders below the chosen folder are created; the chosen folder itself never is.
   */
  writeAtomically(path: string, data: Uint8Array, tempDir: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Deletes one temp file (name ends in .tmp) of this PC; nothing else can be deleted. */
  removeTemp(path: string): Promise<void>;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
