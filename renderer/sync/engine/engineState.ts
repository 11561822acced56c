import type { KonventDatabase } from '../../db/database';
import { DEVICE, type DeviceClockRow } from '../../db/sync/syncTables';
import { existingOrNewClock } from '../../db/sync/deviceClock';

/** Why sync stopped and waits for the user (or for the folder to come back). */
export const pauseReasons = ['folderMissing', 'folderEmpty', 'folderReplaced', 'newerFormat', 'formatUnreadable', 'readOnly', 'noAccess'] as const;
export type PauseReason = (typeof pauseReasons)[number];

/** _device 'sync': the engine's own bookkeeping for the joined folder. */
export interface SyncStateRow {
  key: 'sync';
  /** The folder this PC belongs to (konvent-sync.json's folderId); null before joining / after leaving. */
  folderId: string | null;
  /** The folder this PC left; joining it again continues where it stopped. */
  leftFolderId?: string;
  folderLabel?: string;
  /** "Sekretariat Zwickau": how other PCs see this one. */
  name: string;
  /** Own ops up to here are in the folder, read back and verified. */
  publishedSeq: number;
  /** The highest seq this PC ever published in any folder (ops above it were never shared). */
  everPublishedSeq: number;
  /** The exact head.json text this PC last wrote (another text there means another writer). */
  lastHeadText?: string;
  lastSegment?: { path: string; sha256: string };
  opsSinceSnapshot: number;
  /** A snapshot of this PC is in the folder. */
  snapshotWritten?: boolean;
  /** The first sync in this folder looked for a snapshot to start from. */
  snapshotConsidered?: boolean;
  /** ...and started from another PC's snapshot: the folder already holds this state, so no own snapshot is due yet. */
  startedFromSnapshot?: boolean;
  lastWallClock?: number;
  clockJump?: { ms: number; at: string };
  fork?: { from: string; to: string; at: string };
  /** Per device: ops held back for a clock far ahead were accepted by the user up to this clock. */
  acceptedAhead?: Record<string, string>;
  /** Per vanished PC: this PC's snapshot in the folder holds its ops up to this seq. */
  securedVanished?: Record<string, number>;
}

/** A PC whose device folder vanished while this PC holds ops of it (docs/sync-format.md, "Vanished device folders"). */
export interface VanishedPc {
  deviceId: string;
  name?: string;
  /** This PC's snapshot in the folder holds them. */
  secured: boolean;
}

/** Ops of one PC held back because its clock is far ahead of this PC's (docs/sync-format.md, rule hlc-ahead). */
export interface HeldBack {
  deviceId: string;
  name?: string;
  /** The greatest clock among them: that PC's apparent time. */
  hlc: string;
  ops: number;
}

export interface ClockWarning {
  kind: 'peerAhead' | 'thisBehind' | 'jumpedBack' | 'syncClockAhead';
  deviceId?: string;
  name?: string;
  ms: number;
}

/** _device 'status': what the sync screen shows. */
export interface SyncStatusRow {
  key: 'status';
  state: 'idle' | 'running' | 'paused' | 'failed';
  pause?: { reason: PauseReason; detail?: string };
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  error?: string;
  clockWarnings: ClockWarning[];
  /** Ops for tables this app version does not know (written by a newer version). */
  skippedOps?: number;
  heldBack?: HeldBack[];
  vanished?: VanishedPc[];
}

/** _device 'folder': how to reach the folder again after a restart (a path or a directory handle). */
export interface FolderRefRow {
  key: 'folder';
  ref: unknown;
  label: string;
}

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

/** This PC's identity and clock; created on first use (the same way capture creates it). */
export async function ensureDeviceClock(db: KonventDatabase): Promise<DeviceClockRow> {
  return db.transaction('rw', DEVICE, async () => {
    const existing = (await db.table(DEVICE).get('clock')) as DeviceClockRow | undefined;
    if (existing) return existing;
    const created = existingOrNewClock(undefined);
    await db.table(DEVICE).put(created);
    return created;
  });
}
