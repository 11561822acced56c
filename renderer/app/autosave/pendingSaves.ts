/**
 * Every field with an edit not yet written registers its flush here. When the window is hidden,
 * closed or reloaded, all of them are written at once (the debounce would otherwise wait).
 */
const pending = new Map<string, () => Promise<void>>();
let listening = false;

export function flushAllPending(): Promise<void> {
  return Promise.all([...pending.values()].map((flush) => flush().catch(() => undefined))).then(() => undefined);
}

function listen(): void {
  if (listening) return;
  listening = true;
  const flush = () => void flushAllPending();
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

export function registerPending(key: string, flush: () => Promise<void>): void {
  listen();
  pending.set(key, flush);
}

export function unregisterPending(key: string): void {
  pending.delete(key);
}
