import { SyncFolderError, type FolderEntry, type SyncFolder, type SyncFolderErrorCode } from '../../shared/sync/syncFolder';
import { base64ToBytes, bytesToBase64 } from './base64';
import { call, type KonventPreloadApi } from './electronBridge';
import type { FolderPermission, SyncFolderAccess, SyncFolderRef } from './syncFolderAccess';

/**
 * The sync folder in the desktop app: the main process owns the path the user chose in its
 * dialog; the renderer only names files inside it. File errors come back as data and become
 * SyncFolderErrors again here, so the engine can tell "missing" from "read-only".
 */
type Outcome<T> = ({ ok: true } & T) | { ok: false; code: SyncFolderErrorCode; message: string };

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new SyncFolderError(outcome.code, outcome.message);
  return outcome;
}

export function createElectronSyncFolder(api: KonventPreloadApi, label: string): SyncFolder {
  return {
    label,
    async list(dir: string): Promise<FolderEntry[] | null> {
      return unwrap(await call(api, 'sync:list', { dir })).entries;
    },
    async read(path: string): Promise<Uint8Array | null> {
      const { base64 } = unwrap(await call(api, 'sync:read', { path }));
      return base64 === null ? null : base64ToBytes(base64);
    },
    async writeAtomically(path: string, data: Uint8Array, tempDir: string): Promise<void> {
      unwrap(await call(api, 'sync:write', { path, tempDir, base64: bytesToBase64(data) }));
    },
    async rename(from: string, to: string): Promise<void> {
      unwrap(await call(api, 'sync:rename', { from, to }));
    },
    async removeTemp(path: string): Promise<void> {
      unwrap(await call(api, 'sync:removeTemp', { path }));
    },
  };
}

export function createElectronSyncFolderAccess(api: KonventPreloadApi): SyncFolderAccess {
  return {
    async choose(title: string): Promise<SyncFolderRef | null> {
      const chosen = await call(api, 'sync:chooseFolder', { title });
      return chosen ? { kind: 'electron', label: chosen.folder } : null;
    },
    async permission(ref: SyncFolderRef): Promise<FolderPermission> {
      const current = await call(api, 'sync:currentFolder', {});
      return current?.folder === ref.label ? 'granted' : 'denied';
    },
    open: (ref) => createElectronSyncFolder(api, ref.label),
    async forget() {
      await call(api, 'sync:forgetFolder', {});
    },
  };
}
