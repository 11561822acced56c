import type { FieldState } from '../../../shared/sync/formats';
import type { Coverage } from '../../../shared/sync/coverage';
import type { Loser } from '../../../shared/sync/formats';
import type { SyncFolderErrorCode } from '../../../shared/sync/syncFolder';
/**
 * The sync engine's own tables (schemaVersions v2). Rows are plain objects; these types say what
 * each holds.
 */
export const OUTBOX = '_outbox';
export const CLOCK = '_clock';
export const CURSORS = '_cursors';
export const CONFLICTS = '_conflicts';
export const BAD_FILES = '_badFiles';
export const DEVICE = '_device';

/** Tables every capturing transaction needs besides the domain tables it writes. */
export const CAPTURE_TABLES = [OUTBOX, CLOCK, DEVICE, CONFLICTS] as const;

/**
 * The merge state of one domain row's fields. While the row is not shown (deleted, or not valid
 * yet) its values live here in `data`; while shown they live in the domain table and only
 * `_deleted` = false is kept here in `extra`.
 */
export interface ClockEntry {
  fields: Record<string, FieldState>;
  data?: Record<string, unknown>;
  extra?: Record<string, unknown>;
  /** Set while the row has entries in _conflicts (so writes without conflicts skip that table). */
  conflicted?: true;
}

/**
 * _clock: the clock entries of a table's rows, kept in pages (clockPages.ts) rather than one row
 * per domain row. IndexedDB pays per stored record, so a new PC that writes the clocks of ten
 * years of rows writes a few hundred pages instead of thousands of rows.
 */
export interface ClockPage {
  key: string;
  table: string;
  entries: Record<string, ClockEntry>;
}

/** _conflicts: the open conflicts of a table's rows, paged like _clock (only pages with conflicts exist). */
export interface ConflictPage {
  id: string;
  table: string;
  rows: Record<string, ConflictRow[]>;
}

/** _device 'clock': identity and clock, changed in the same transaction as every captured write. */
export interface DeviceClockRow {
  key: 'clock';
  deviceId: string;
  hlc: string | null;
  lastSeq: number;
}

/** _cursors: what this PC has applied of another PC's log, and what it last saw of that PC. */
export interface CursorRow extends Coverage {
  deviceId: string;
  name?: string;
  appVersion?: string;
  /** The other PC's wall clock when it last wrote its head.json. */
  headUpdatedAt?: string;
  /** Our wall clock when we last read new ops from it. */
  lastReceivedAt?: string;
}

export type ConflictKind = 'field' | 'deleted' | 'invalid';

/** One open conflict, derived from the row's clock entry; it disappears once resolved on any PC. */
export interface ConflictRow {
  id: string;
  status: 'open';
  kind: ConflictKind;
  table: string;
  rowId: string;
  field?: string;
  winner?: { hlc: string; value?: unknown };
  loser?: Loser;
  /** 'deleted': the fields edited after the deletion. */
  fields?: string[];
  /** 'invalid': why the merged row cannot be shown. */
  message?: string;
}

/** _badFiles: files in the sync folder that could not be read. */
export interface BadFileRow {
  path: string;
  problem: string;
  detail?: string;
  attempts: number;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Shown to the user: stayed bad over several attempts, or a copy we never read. */
  listed: boolean;
}
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
  /** The failure was the sync folder's (missing, busy, …): shown by its code in the UI language. */
  errorCode?: SyncFolderErrorCode;
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
