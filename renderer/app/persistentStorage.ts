export type PersistenceState = 'persisted' | 'refused' | 'unknown';

let requested: Promise<PersistenceState> | undefined;

/**
 * Ask once per start for persistent storage, so the browser does not evict the database under
 * storage pressure. Einstellungen shows the answer.
 */
export function requestPersistentStorage(): Promise<PersistenceState> {
  requested ??= (async () => {
    if (!navigator.storage?.persist) return 'unknown';
    try {
      if (await navigator.storage.persisted()) return 'persisted';
      return (await navigator.storage.persist()) ? 'persisted' : 'refused';
    } catch {
      return 'unknown';
    }
  })();
  return requested;
}
