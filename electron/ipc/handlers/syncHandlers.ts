import path from 'node:path';
import type { IpcRequest, IpcResponse } from '../../../shared/ipc/contract';
import { SyncFolderError, type SyncFolder } from '../../../shared/sync/syncFolder';
import { createNodeSyncFolder } from '../../services/syncFolder/nodeSyncFolder';
import type { SyncRootStore } from '../../services/syncFolder/syncRootStore';
import { withoutAbsolutePaths } from '../../services/redactPaths';

/**
 * The sync folder channels, as plain functions with their dependencies injected. The IPC wrapper
 * (electron/ipc/handle.ts) checks the sender and parses the request with the contract's schema
 * before calling them; the folder adapter then confines every path to the chosen folder.
 */
export interface SyncHandlerDeps {
  roots: SyncRootStore;
  /** The native folder dialog; resolves to an absolute path or null when cancelled. */
  showFolderDialog: (title: string) => Promise<string | null>;
  openFolder?: (root: string) => SyncFolder;
}

type SyncChannel = 'sync:chooseFolder' | 'sync:currentFolder' | 'sync:forgetFolder' | 'sync:list' | 'sync:read' | 'sync:write' | 'sync:rename' | 'sync:removeTemp';
export type SyncHandlers = { [C in SyncChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

type Failure = { ok: false; code: SyncFolderError['code']; message: string };

/** File errors travel to the renderer as data, without absolute paths (withoutAbsolutePaths). */
function failure(error: unknown): Failure {
  if (error instanceof SyncFolderError) return { ok: false, code: error.code, message: withoutAbsolutePaths(error.message) };
  return { ok: false, code: 'io', message: withoutAbsolutePaths(error instanceof Error ? error.message : String(error)) };
}

const toBytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

export function createSyncHandlers(deps: SyncHandlerDeps): SyncHandlers {
  const open = deps.openFolder ?? ((root: string) => createNodeSyncFolder({ root }));

  async function withFolder<T>(work: (folder: SyncFolder) => Promise<T>): Promise<T | Failure> {
    try {
      const root = await deps.roots.get();
      if (!root) return { ok: false, code: 'missing', message: 'Es ist kein Synchronisationsordner gewählt.' };
      return await work(open(root));
    } catch (error) {
      return failure(error);
    }
  }

  return {
    async 'sync:chooseFolder'({ title }) {
      const chosen = await deps.showFolderDialog(title);
      if (!chosen || !path.isAbsolute(chosen)) return null;
      await deps.roots.set(chosen);
      return { folder: chosen };
    },
    async 'sync:currentFolder'() {
      const folder = await deps.roots.get();
      return folder ? { folder } : null;
    },
    async 'sync:forgetFolder'() {
      await deps.roots.set(null);
      return { ok: true as const };
    },
    'sync:list': ({ dir }) => withFolder(async (folder) => ({ ok: true as const, entries: await folder.list(dir) })),
    'sync:read': ({ path: file }) =>
      withFolder(async (folder) => {
        const bytes = await folder.read(file);
        return { ok: true as const, base64: bytes ? Buffer.from(bytes).toString('base64') : null };
      }),
    'sync:write': ({ path: file, tempDir, base64 }) =>
      withFolder(async (folder) => {
        await folder.writeAtomically(file, toBytes(base64), tempDir);
        return { ok: true as const };
      }),
    'sync:rename': ({ from, to }) =>
      withFolder(async (folder) => {
        await folder.rename(from, to);
        return { ok: true as const };
      }),
    'sync:removeTemp': ({ path: file }) =>
      withFolder(async (folder) => {
        await folder.removeTemp(file);
        return { ok: true as const };
      }),
  };
}
