import { DEVICE_ID_PATTERN, fileStemToHlc, hlcToFileStem } from './hlc';

/**
 * The sync folder, format version 1 (DESIGN.md §4). Paths are relative to the chosen folder and use
 * '/'. Readers accept only names that match these exact patterns; everything else (conflict copies
 * of cloud services, desktop.ini, temp files, unknown files) is ignored.
 *
 *   konvent-sync.json                              written once by the first PC, never rewritten
 *   devices/<deviceId>/head.json                   that PC's summary
 *   devices/<deviceId>/log/<first>-<last>.jsonl    immutable segments, seq padded to 10 digits
 *   devices/<deviceId>/snapshots/<hlc>.json.gz     full state (hlc in file-name form, see hlcToFileStem)
 *   devices/<deviceId>/tmp/<random>.tmp            temp files, renamed into place
 */
export const FORMAT_FILE = 'konvent-sync.json';
export const DEVICES_DIR = 'devices';
export const SEQ_DIGITS = 10;
export const MAX_SEQ = 9_999_999_999;

export const deviceDir = (deviceId: string) => `${DEVICES_DIR}/${deviceId}`;
export const headPath = (deviceId: string) => `${deviceDir(deviceId)}/head.json`;
export const logDir = (deviceId: string) => `${deviceDir(deviceId)}/log`;
export const snapshotsDir = (deviceId: string) => `${deviceDir(deviceId)}/snapshots`;
export const tmpDir = (deviceId: string) => `${deviceDir(deviceId)}/tmp`;

export const padSeq = (seq: number) => String(seq).padStart(SEQ_DIGITS, '0');
export const segmentName = (first: number, last: number) => `${padSeq(first)}-${padSeq(last)}.jsonl`;
export const segmentPath = (deviceId: string, first: number, last: number) => `${logDir(deviceId)}/${segmentName(first, last)}`;
export const snapshotName = (hlc: string) => `${hlcToFileStem(hlc)}.json.gz`;
export const snapshotPath = (deviceId: string, hlc: string) => `${snapshotsDir(deviceId)}/${snapshotName(hlc)}`;

const SEGMENT_NAME = /^(\d{10})-(\d{10})\.jsonl$/;
/** Starts like one of our segments but is not one: a cloud service's conflict or duplicate copy. */
const SEGMENT_LOOKALIKE = /^\d{10}-\d{10}/;
const SNAPSHOT_NAME = /^(.+)\.json\.gz$/;
const TEMP_NAME = /^[0-9a-z-]{8,64}\.tmp$/;
/** Files that operating systems and cloud clients drop into folders; never worth a word. */
const OS_CLUTTER = /^(desktop\.ini|thumbs\.db|\.ds_store|\._.*|~\$.*|\.~lock\..*|\.sync.*|\.dropbox.*|icon\r?)$/i;

export function isClutter(name: string): boolean {
  return OS_CLUTTER.test(name);
}

/** Table names starting with '_' are each PC's own bookkeeping: never synced, an op for one is invalid. */
export function isReservedTableName(table: string): boolean {
  return table.startsWith('_');
}

export function isDeviceId(name: string): boolean {
  return DEVICE_ID_PATTERN.test(name);
}

export function parseSegmentName(name: string): { first: number; last: number } | null {
  const match = SEGMENT_NAME.exec(name);
  if (!match) return null;
  const first = Number(match[1]);
  const last = Number(match[2]);
  if (first < 1 || last < first) return null;
  return { first, last };
}

export function parseSnapshotName(name: string): string | null {
  const match = SNAPSHOT_NAME.exec(name);
  return match ? fileStemToHlc(match[1]!) : null;
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

export type EntryVerdict = 'accepted' | 'conflictCopy' | 'clutter' | 'unknown';

/** What a reader makes of a file name in a device's log/ or snapshots/ folder. */
export function judgeLogEntry(name: string): EntryVerdict {
  if (parseSegmentName(name)) return 'accepted';
  if (OS_CLUTTER.test(name)) return 'clutter';
  if (SEGMENT_LOOKALIKE.test(name)) return 'conflictCopy';
  return 'unknown';
}

export function judgeSnapshotEntry(name: string): EntryVerdict {
  if (parseSnapshotName(name)) return 'accepted';
  if (OS_CLUTTER.test(name)) return 'clutter';
  if (/\.json\.gz/.test(name)) return 'conflictCopy';
  return 'unknown';
}

/**
 * A relative path inside the sync folder as the app writes and reads it: '/'-separated names of
 * letters, digits, '.', '_' and '-', no empty part, no '.' or '..'. Used by the IPC schema and by
 * both folder adapters; the Node adapter also checks where the path really resolves.
 */
export const SAFE_RELATIVE_PATH = /^(?!.*(^|\/)\.{1,2}(\/|$))[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

export function isSafeRelativePath(path: string): boolean {
  return path.length <= 400 && SAFE_RELATIVE_PATH.test(path);
}

/** The same rule for list(): the folder itself is the empty path. */
export function isSafeRelativeDir(path: string): boolean {
  return path === '' || isSafeRelativePath(path);
}
