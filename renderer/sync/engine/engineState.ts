import type { KonventDatabase } from '../../db/database';
import { DEVICE, type DeviceClockRow, type SyncStateRow, type SyncStatusRow } from '../../db/sync/syncTables';
import { existingOrNewClock } from '../../db/sync/deviceClock';
export const defaultSyncState = (): SyncStateRow => ({ key: 'sync', folderId: null, name: '', publishedSeq: 0, everPublishedSeq: 0, opsSinceSnapshot: 0 });

export async function readSyncState(db: KonventDatabase): Promise<SyncStateRow> {
  return ((await db.table(DEVICE).get('sync')) as SyncStateRow | undefined) ?? defaultSyncState();
}

/** Read-modify-write in one transaction, so a concurrent rename of the PC is not lost. */
export async function updateSyncState(db: KonventDatabase, change: (state: SyncStateRow) => SyncStateRow | void): Promise<SyncStateRow> {
  return db.transaction('rw', DEVICE, async () => {
    const state = await readSyncState(db);
    const next = change(state) ?? state;
    await db.table(DEVICE).put(next);
    return next;
  });
}

export async function readStatus(db: KonventDatabase): Promise<SyncStatusRow> {
  return ((await db.table(DEVICE).get('status')) as SyncStatusRow | undefined) ?? { key: 'status', state: 'idle', clockWarnings: [] };
}

export async function updateStatus(db: KonventDatabase, change: Partial<Omit<SyncStatusRow, 'key'>>): Promise<SyncStatusRow> {
  return db.transaction('rw', DEVICE, async () => {
    const next = { ...(await readStatus(db)), ...change, key: 'status' as const };
    await db.table(DEVICE).put(next);
    return next;
  });
}

/** The user takes the held-back ops of that PC now; they are applied at the next sync. */
export async function acceptHeldBack(db: KonventDatabase, deviceId: string): Promise<void> {
  const held = (await readStatus(db)).heldBack?.find((entry) => entry.deviceId === deviceId);
  if (!held) return;
  await updateSyncState(db, (state) => {
    state.acceptedAhead = { ...state.acceptedAhead, [deviceId]: held.hlc };
  });
}

/**
 * The start of a sync run in one transaction: the sync state and this PC's clock (created on first
 * use), and, when this PC has joined a folder, the status "running".
 */
export async function startRun(db: KonventDatabase, lastAttemptAt: string): Promise<{ state: SyncStateRow; clock?: DeviceClockRow }> {
  return db.transaction('rw', DEVICE, async () => {
    const [state, known, status] = await Promise.all([readSyncState(db), db.table(DEVICE).get('clock') as Promise<DeviceClockRow | undefined>, readStatus(db)]);
    if (!state.folderId) return { state, clock: known };
    const clock = known ?? existingOrNewClock(undefined);
    await Promise.all([
      known ? undefined : db.table(DEVICE).put(clock),
      db.table(DEVICE).put({ ...status, state: 'running', lastAttemptAt, key: 'status' } satisfies SyncStatusRow),
    ]);
    return { state, clock };
  });
}

/** The end of a run in one transaction: the head.json text written (if any) and the status. */
export async function endRun(db: KonventDatabase, input: { headText?: string; status: Partial<Omit<SyncStatusRow, 'key'>> }): Promise<void> {
  await db.transaction('rw', DEVICE, async () => {
    const [state, status] = await Promise.all([input.headText === undefined ? undefined : readSyncState(db), readStatus(db)]);
    await Promise.all([
      state ? db.table(DEVICE).put({ ...state, lastHeadText: input.headText }) : undefined,
      db.table(DEVICE).put({ ...status, ...input.status, key: 'status' } satisfies SyncStatusRow),
    ]);
  });
}

/** This PC's identity and clock; created on first use (the same way capture creates it). */
export async function ensureDeviceClock(db: KonventDatabase): Promise<DeviceClockRow> {
  // Almost always there: a read, without the write lock (sync asks several times per run).
  const known = (await db.table(DEVICE).get('clock')) as DeviceClockRow | undefined;
  if (known) return known;
  return db.transaction('rw', DEVICE, async () => {
    const existing = (await db.table(DEVICE).get('clock')) as DeviceClockRow | undefined;
    if (existing) return existing;
    const created = existingOrNewClock(undefined);
    await db.table(DEVICE).put(created);
    return created;
  });
}
