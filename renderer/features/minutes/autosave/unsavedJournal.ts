/**
 * A synchronous safety copy of what is being typed, in localStorage. IndexedDB writes are async
 * and a window that closes or reloads may cut them off; localStorage is written before the
 * keystroke returns. The entry is removed once the database holds the value, and read back on
 * the next start if it never got there.
 */
const PREFIX = 'konvent.unsaved.';

interface Entry {
  value: unknown;
  at: number;
}

export function writeUnsaved(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ value, at: Date.now() } satisfies Entry));
  } catch {
    // Storage full or disabled: the debounced database write still runs.
  }
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

/** Removes the entry if it still holds `value` (a newer keystroke keeps its own copy). */
export function clearUnsaved(key: string, value: unknown): void {
  try {
    const entry = readUnsaved(key);
    if (entry && JSON.stringify(entry.value) === JSON.stringify(value)) localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: a stale entry equal to the stored value is ignored on the next start.
  }
}
