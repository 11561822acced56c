/**
 * Remembers which folder the user chose for sync (syncRootFromSettings: the desktop settings file).
 * The renderer can never set it: only the folder dialog in the main process does. Every sync channel
 * works inside it.
 */
export interface SyncRootStore {
  get(): Promise<string | null>;
  set(folder: string | null): Promise<void>;
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
