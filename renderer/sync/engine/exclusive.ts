/**
 * One sync run at a time per database: in the browser across tabs (Web Locks), otherwise within
 * this JavaScript realm (the Node tests, and Electron's single window).
 */
const chains = new Map<string, Promise<unknown>>();

export async function runExclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request(`konvent-sync:${name}`, task) as Promise<T>;
  const previous = chains.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  chains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
