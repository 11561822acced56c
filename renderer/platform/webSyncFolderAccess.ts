import type { FolderPermission, SyncFolderAccess, SyncFolderRef } from './syncFolderAccess';
import { createWebSyncFolder } from './webSyncFolder';

/** Chromium's File System Access API beyond what TypeScript's DOM types describe. */
interface PermissionedHandle extends FileSystemDirectoryHandle {
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
}
type DirectoryPicker = (options: { id?: string; mode: 'readwrite'; startIn?: string }) => Promise<FileSystemDirectoryHandle>;

export function createWebSyncFolderAccess(): SyncFolderAccess {
  return {
    async choose() {
      const picker = (window as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
      if (!picker) return null;
      try {
        const handle = await picker({ id: 'konvent-sync', mode: 'readwrite', startIn: 'documents' });
        return { kind: 'web', label: handle.name, handle };
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return null;
        throw error;
      }
    },
    async permission(ref: SyncFolderRef, request: boolean): Promise<FolderPermission> {
      const handle = ref.handle as PermissionedHandle | undefined;
      if (!handle) return 'denied';
      // OPFS handles have no permission prompt: they always belong to this site.
      if (!handle.queryPermission) return 'granted';
      const state = await handle.queryPermission({ mode: 'readwrite' });
      if (state === 'granted' || !request || !handle.requestPermission) return state;
      return handle.requestPermission({ mode: 'readwrite' });
    },
    open: (ref) => createWebSyncFolder(ref.handle!, ref.label),
    forget: async () => undefined,
  };
}
