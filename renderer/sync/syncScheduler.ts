import { liveQuery } from 'dexie';
import type { KonventDatabase } from '../db/database';
import { DEVICE, type DeviceClockRow } from '../db/sync/syncTables';
import { SyncConnection } from './syncConnection';

/**
 * Sync runs by itself: a few seconds after a change, every minute, and when the window gets the
 * focus back. Runs never overlap (the engine takes a lock); errors end up in the status row.
 */
export interface SchedulerOptions {
  afterChangeMs?: number;
  everyMs?: number;
  /** One sync run without asking the user anything; by default through SyncConnection. */
  syncNow?: () => Promise<unknown>;
}

export function startSyncScheduler(db: KonventDatabase, options: SchedulerOptions = {}): () => void {
  const syncNow = options.syncNow ?? (() => new SyncConnection(db).syncNow(false));
  const afterChange = options.afterChangeMs ?? 3_000;
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await syncNow();
    } catch (error) {
      console.warn('Synchronisation fehlgeschlagen', error);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      await run();
    }
  };

  let lastSeq: number | undefined;
  const subscription = liveQuery(async () => ((await db.table(DEVICE).get('clock')) as DeviceClockRow | undefined)?.lastSeq ?? 0).subscribe({
    next(seq) {
      if (lastSeq !== undefined && seq !== lastSeq) {
        clearTimeout(changeTimer);
        changeTimer = setTimeout(() => void run(), afterChange);
      }
      lastSeq = seq;
    },
  });
  const interval = setInterval(() => void run(), options.everyMs ?? 60_000);
  const onFocus = () => void run();
  window.addEventListener('focus', onFocus);
  void run();

  return () => {
    subscription.unsubscribe();
    clearInterval(interval);
    clearTimeout(changeTimer);
    window.removeEventListener('focus', onFocus);
  };
}
