/**
 * The safety copy of what is being typed, until the database holds it. Two copies:
 * - localStorage, written synchronously before the keystroke returns: read in the field's first
 *   render, it covers a window that closes or reloads mid-typing.
 * - a small IndexedDB database of its own ("konvent-journal", never synchronised), written at once
 *   on every change. Chromium commits localStorage to disk only after a delay of seconds, so a
 *   browser that is killed or crashes loses it; a committed IndexedDB transaction is on disk.
 * Both are removed once the database holds the value, and read back on the next start if not.
 */
const PREFIX = 'konvent.unsaved.';
const DB_NAME = 'konvent-journal';
const STORE = 'unsaved';

interface Entry {
  value: unknown;
  at: number;
}

let dbPromise: Promise<IDBDatabase | undefined> | undefined;

function journalDb(): Promise<IDBDatabase | undefined> {
  dbPromise ??= new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(undefined);
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => resolve(undefined);
      open.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return dbPromise;
}

/** One write at a time per key; while one runs, only the newest value waits (keystrokes coalesce). */
const durable = new Map<string, { running: boolean; next?: { entry: Entry | undefined } }>();

function writeDurable(key: string, entry: Entry | undefined): void {
  const slot = durable.get(key) ?? { running: false };
  durable.set(key, slot);
  slot.next = { entry };
  if (slot.running) return;
  const run = async (): Promise<void> => {
    const next = slot.next;
    if (!next) {
      slot.running = false;
      durable.delete(key);
      return;
    }
    slot.running = true;
    slot.next = undefined;
    const db = await journalDb();
    if (db) {
      await new Promise<void>((resolve) => {
        try {
          const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
          if (next.entry) tx.objectStore(STORE).put(next.entry, key);
          else tx.objectStore(STORE).delete(key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => resolve();
          tx.onabort = () => resolve();
        } catch {
          resolve();
        }
      });
    }
    return run();
  };
  void run();
}

export function writeUnsaved(key: string, value: unknown): void {
  const entry: Entry = { value, at: Date.now() };
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(entry));
  } catch {
    // Storage full or disabled: the IndexedDB copy and the debounced database write still run.
  }
  writeDurable(key, entry);
}

export function readUnsaved(key: string): Entry | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return undefined;
    const entry = JSON.parse(raw) as Partial<Entry>;
    return 'value' in entry && typeof entry.at === 'number' ? { value: entry.value, at: entry.at } : undefined;
  } catch {
    return undefined;
  }
}

/** The durable copy (IndexedDB); undefined when there is none or IndexedDB is unavailable. */
export async function readUnsavedDurable(key: string): Promise<Entry | undefined> {
  const db = await journalDb();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
      request.onsuccess = () => {
        const entry = request.result as Partial<Entry> | undefined;
        resolve(entry && 'value' in entry && typeof entry.at === 'number' ? { value: entry.value, at: entry.at } : undefined);
      };
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** Removes the entry if it still holds `value` (a newer keystroke keeps its own copy). */
export function clearUnsaved(key: string, value: unknown): void {
  try {
    const entry = readUnsaved(key);
    if (entry && JSON.stringify(entry.value) === JSON.stringify(value)) {
      localStorage.removeItem(PREFIX + key);
      writeDurable(key, undefined);
    } else if (!entry) {
      // No synchronous copy (storage disabled or already cleared): clear the durable one if it is ours.
      void readUnsavedDurable(key).then((durableEntry) => {
        if (durableEntry && JSON.stringify(durableEntry.value) === JSON.stringify(value) && !durable.get(key)) writeDurable(key, undefined);
      });
    }
  } catch {
    // Nothing to do: a stale entry equal to the stored value is ignored on the next start.
  }
}
