import type { SyncFolder } from '../../shared/sync/syncFolder';

/**
 * How the renderer reaches the sync folder. Electron: the main process holds the chosen path and
 * every file call goes through the validated IPC channels. Web mode: a directory handle of the
 * File System Access API (OPFS in tests), kept in IndexedDB so it survives reloads.
 */
export interface SyncFolderRef {
  kind: 'electron' | 'web';
  /** What the user recognises: the path, or the folder's name in web mode. */
  label: string;
  /** Web mode only; structured-cloneable, so it can be stored in IndexedDB. */
  handle?: FileSystemDirectoryHandle;
}

export type FolderPermission = 'granted' | 'prompt' | 'denied';

export interface SyncFolderAccess {
  /** Lets the user pick a folder; null when cancelled or not possible here. */
  choose(title: string): Promise<SyncFolderRef | null>;
  /** Whether the folder can be used now; with request, asks the user (needs a click in web mode). */
  permission(ref: SyncFolderRef, request: boolean): Promise<FolderPermission>;
  open(ref: SyncFolderRef): SyncFolder;
  forget(ref: SyncFolderRef): Promise<void>;
}
