import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Remembers which folder the user chose for sync (in the app's user-data folder). The renderer can
 * never set it: only the folder dialog in the main process does. Every sync channel works inside it.
 */
export interface SyncRootStore {
  get(): Promise<string | null>;
  set(folder: string | null): Promise<void>;
}

export function createSyncRootStore(file: string): SyncRootStore {
  let cached: string | null | undefined;
  return {
    async get() {
      if (cached !== undefined) return cached;
      try {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as { folder?: unknown };
        cached = typeof parsed.folder === 'string' && path.isAbsolute(parsed.folder) ? parsed.folder : null;
      } catch {
        cached = null;
      }
      return cached;
    },
    async set(folder) {
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.tmp`;
      await writeFile(temp, JSON.stringify({ folder }));
      await rename(temp, file);
      cached = folder;
    },
  };
}

export function memorySyncRootStore(initial: string | null = null): SyncRootStore {
  let folder = initial;
  return {
    get: async () => folder,
    set: async (next) => {
      folder = next;
    },
  };
}
