import Dexie, { type Table } from 'dexie';
import { dailyBackupDate } from '../../shared/backup/backupFileName';
import { decideRetention } from '../../shared/backup/retention';
import { todayIso } from '../app/format/dates';
import type { BackupFolderHost, BackupFolderState } from './platformBridge';

/**
 * Web mode's backup folder through the File System Access API (Chromium). The directory handle
 * is kept in a small database of its own ("konvent-device"): it belongs to this browser profile,
 * not to the data, so it is never part of a backup or of sync.
 */
interface DirectoryHandle {
  readonly name: string;
  queryPermission(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission(options: { mode: 'readwrite' }): Promise<PermissionState>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<{ createWritable(): Promise<WritableFileStream> }>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
}
interface WritableFileStream {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
type DirectoryPicker = (options: { id?: string; mode: 'readwrite' }) => Promise<DirectoryHandle>;

class DeviceDatabase extends Dexie {
  handles!: Table<{ purpose: string; handle: DirectoryHandle }, string>;
  constructor() {
    super('konvent-device');
    this.version(1).stores({ handles: 'purpose' });
  }
}

const PURPOSE = 'backupFolder';

export function createWebBackupFolder(picker = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker): BackupFolderHost {
  let database: DeviceDatabase | undefined;
  const store = () => (database ??= new DeviceDatabase());
  const storedHandle = async () => (await store().handles.get(PURPOSE))?.handle;

  const stateOf = async (handle: DirectoryHandle | undefined, ask: boolean): Promise<BackupFolderState> => {
    if (!picker) return { state: 'unsupported' };
    if (!handle) return { state: 'none' };
    let permission = await handle.queryPermission({ mode: 'readwrite' });
    if (permission !== 'granted' && ask) permission = await handle.requestPermission({ mode: 'readwrite' });
    if (permission !== 'granted') return { state: 'needs-permission', folder: handle.name };
    try {
      const dates: string[] = [];
      for await (const name of handle.keys()) {
        const date = dailyBackupDate(name);
        // A date after today (a wrong clock elsewhere) would stop the daily backups: it is ignored.
        if (date && date <= todayIso()) dates.push(date);
      }
      return { state: 'ready', folder: handle.name, latestDaily: dates.sort().at(-1) ?? null };
    } catch {
      return { state: 'unavailable', folder: handle.name };
    }
  };

  return {
    status: async () => stateOf(picker ? await storedHandle() : undefined, false),
    async choose() {
      if (!picker) return { state: 'unsupported' };
      let handle: DirectoryHandle;
      try {
        handle = await picker({ id: 'konvent-backup', mode: 'readwrite' });
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return null;
        throw error;
      }
      await store().handles.put({ purpose: PURPOSE, handle });
      return stateOf(handle, true);
    },
    grantAccess: async () => stateOf(await storedHandle(), true),
    async write(fileName, bytes, kind) {
      const handle = await storedHandle();
      if (!handle || (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted') {
        throw new Error('Der Sicherungsordner ist nicht freigegeben.');
      }
      const writable = await (await handle.getFileHandle(fileName, { create: true })).createWritable();
      try {
        await writable.write(bytes);
        // The browser swaps the file into place on close: readers see the old or the whole new file.
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
      const removed: string[] = [];
      if (kind === 'daily') {
        const names: string[] = [];
        for await (const name of handle.keys()) names.push(name);
        for (const name of decideRetention(names, todayIso()).remove) {
          await handle.removeEntry(name);
          removed.push(name);
        }
      }
      return { savedAs: `${handle.name}/${fileName}`, removed };
    },
  };
}
