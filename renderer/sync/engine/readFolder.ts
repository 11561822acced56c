import { coverUpTo, emptyCoverage, isCovered, type Coverage } from '../../../shared/sync/coverage';
import {
  DEVICES_DIR,
  headPath,
  isDeviceId,
  isClutter,
  isReservedTableName,
  judgeLogEntry,
  judgeSnapshotEntry,
  logDir,
  parseSegmentName,
  parseSnapshotName,
  snapshotsDir,
} from '../../../shared/sync/folderLayout';
import { headSchema, type DeviceHead, type Snapshot } from '../../../shared/sync/formats';
import { parseSegmentWith } from '../../../shared/sync/segment';
import { hlcInstant, MAX_CLOCK_LEAD_MS } from '../../../shared/sync/hlc';
import type { FolderEntry, SyncFolder } from '../../../shared/sync/syncFolder';
import type { PeerSighting, VerifiedSegment } from './applyBatch';
import type { BadFileSighting } from './badFiles';
import { decodeSnapshot } from './snapshotCodec';
import { sha256HexNative } from './digest';
import { SyncInvariantError } from '../../../shared/sync/syncInvariant';

/**
 * Reads the other PCs' files, outside any database transaction: heads, the segments this PC has
 * not applied yet, and (on the first sync in a folder) the newest snapshot. Every file is checked;
 * a bad one is reported, never applied.
 */
export interface FolderReading {
  segments: VerifiedSegment[];
  snapshot?: Snapshot;
  peers: PeerSighting[];
  heads: DeviceHead[];
  bad: BadFileSighting[];
  /** Paths that read fine this time. */
  fine: string[];
  /** Every file path seen in the device folders. */
  present: Set<string>;
  /** More segments wait than one batch takes. */
  more: boolean;
  /** Segments held back because their clock is far ahead of this PC's (rule hlc-ahead). */
  held: HeldSegment[];
  /** Other PCs whose device folder and log folder could be listed. */
  readable: Set<string>;
  /** Other PCs' snapshots holding ops of a PC whose folder vanished that this PC lacks. */
  extraSnapshots: Snapshot[];
}

export interface HeldSegment {
  deviceId: string;
  path: string;
  /** The greatest clock in the segment: how far ahead that PC's clock was. */
  hlc: string;
  ops: number;
}

export interface ReadOptions {
  ownDeviceId: string;
  cursors: ReadonlyMap<string, Coverage>;
  considerSnapshot: boolean;
  maxOps: number;
  /** This PC's time: the later of its wall clock and its sync clock (which held-back ops never moved). */
  nowMs: number;
  /** Per device: held-back ops up to this clock were accepted by the user. */
  acceptedAhead: Readonly<Record<string, string>>;
}

/** Later than this PC may take without being asked: more than MAX_CLOCK_LEAD_MS ahead of its wall clock, and not accepted. */
function tooFarAhead(hlc: string, deviceId: string, options: ReadOptions): boolean {
  if (Date.parse(hlcInstant(hlc)) <= options.nowMs + MAX_CLOCK_LEAD_MS) return false;
  const accepted = options.acceptedAhead[deviceId];
  return accepted === undefined || hlc > accepted;
}

const decoder = new TextDecoder();

/**
 * What the folder holds besides the segments themselves: the entries under devices/, each other
 * PC's head.json and the listing of its log. All asked at once; it only reads, so a run may ask
 * for it together with its first checks and use it once they passed.
 */
export interface FolderSurvey {
  ownDeviceId: string;
  entries: FolderEntry[];
  devices: string[];
  heads: (Uint8Array | null)[];
  logs: (FolderEntry[] | null)[];
}

export async function surveyFolder(folder: SyncFolder, ownDeviceId: string): Promise<FolderSurvey> {
  const entries = (await folder.list(DEVICES_DIR)) ?? [];
  const devices = entries
    .filter((entry) => entry.kind === 'directory' && isDeviceId(entry.name) && entry.name !== ownDeviceId)
    .map((entry) => entry.name)
    .sort();
  // The folder is asked in parallel (each request is a round trip to a file system or a cloud
  // client); what was read is taken in device order, so the result is the same.
  const [heads, logs] = await Promise.all([
    Promise.all(devices.map((deviceId) => folder.read(headPath(deviceId)))),
    Promise.all(devices.map((deviceId) => folder.list(logDir(deviceId)))),
  ]);
  return { ownDeviceId, entries, devices, heads, logs };
}

/** Segments read ahead of the one being checked (each read is a round trip; checking is not). */
const READ_AHEAD = 4;

export async function readFolder(folder: SyncFolder, options: ReadOptions, surveyed?: FolderSurvey): Promise<FolderReading> {
  const reading: FolderReading = { segments: [], peers: [], heads: [], bad: [], fine: [], present: new Set(), more: false, held: [], readable: new Set(), extraSnapshots: [] };
  const survey = surveyed?.ownDeviceId === options.ownDeviceId ? surveyed : await surveyFolder(folder, options.ownDeviceId);
  const { entries, devices } = survey;
  // Anything else under devices/ is never read, and said so (rule dir-devices).
  for (const entry of entries) {
    if ((entry.kind === 'directory' && isDeviceId(entry.name)) || isClutter(entry.name)) continue;
    const path = `${DEVICES_DIR}/${entry.name}`;
    reading.present.add(path);
    reading.bad.push({ path, problem: entry.kind === 'directory' ? 'unknownFolder' : 'unknownFile', ignored: true });
  }
  for (const [n, deviceId] of devices.entries()) takeHead(deviceId, survey.heads[n]!, reading);

  const coverage = new Map<string, Coverage>();
  for (const deviceId of devices) coverage.set(deviceId, options.cursors.get(deviceId) ?? emptyCoverage());
  if (options.considerSnapshot) {
    reading.snapshot = await newestSnapshot(folder, devices, reading, options);
    for (const [deviceId, seq] of Object.entries(reading.snapshot?.covers ?? {})) {
      if (coverage.has(deviceId)) coverage.set(deviceId, coverUpTo(coverage.get(deviceId)!, seq));
    }
  }

  let ops = 0;
  for (const [n, deviceId] of devices.entries()) {
    const listed = survey.logs[n]!;
    if (listed) reading.readable.add(deviceId);
    const entries = listed ?? [];
    const candidates: { path: string; first: number; last: number }[] = [];
    for (const entry of entries) {
      if (entry.kind !== 'file') continue;
      const path = `${logDir(deviceId)}/${entry.name}`;
      reading.present.add(path);
      const verdict = judgeLogEntry(entry.name);
      if (verdict === 'conflictCopy' || verdict === 'unknown') {
        reading.bad.push({ path, problem: verdict === 'conflictCopy' ? 'conflictCopy' : 'unknownFile', ignored: true });
      } else if (verdict === 'accepted') {
        const range = parseSegmentName(entry.name)!;
        if (!isCovered(coverage.get(deviceId)!, range.first, range.last)) candidates.push({ path, ...range });
      }
    }
    candidates.sort((a, b) => a.first - b.first || a.last - b.last);
    const reads = new Map<number, Promise<Uint8Array | null>>();
    const readAhead = (from: number) => {
      // Not beyond what this batch can take (counted by the names; a bad segment counts nothing).
      let planned = ops;
      for (let i = from; i < candidates.length && i < from + READ_AHEAD && planned < options.maxOps; i++) {
        planned += candidates[i]!.last - candidates[i]!.first + 1;
        if (reads.has(i)) continue;
        const read = folder.read(candidates[i]!.path);
        read.catch(() => undefined);
        reads.set(i, read);
      }
    };
    for (const [index, candidate] of candidates.entries()) {
      if (ops >= options.maxOps) {
        reading.more = true;
        break;
      }
      readAhead(index);
      const bytes = await reads.get(index)!;
      reads.delete(index);
      if (!bytes) continue;
      const parsed = await parseSegmentWith(bytes, { deviceId, first: candidate.first, last: candidate.last }, sha256HexNative);
      if (!parsed.ok) {
        reading.bad.push({ path: candidate.path, problem: parsed.problem, ...(parsed.detail ? { detail: parsed.detail } : {}) });
        continue;
      }
      reading.fine.push(candidate.path);
      // Ops for the reserved tables (names starting with '_', rule op-table) are invalid, never
      // "from a newer version": they are dropped, said once, and the segment counts as read.
      const reserved = parsed.ops.filter((op) => isReservedTableName(op.table));
      if (reserved.length > 0) {
        const tables = [...new Set(reserved.map((op) => op.table))].sort().join(', ');
        reading.bad.push({ path: candidate.path, problem: 'reservedTable', detail: `op-table: ${tables} (${reserved.length})`, ignored: true });
      }
      const kept = reserved.length > 0 ? parsed.ops.filter((op) => !isReservedTableName(op.table)) : parsed.ops;
      const latest = kept.reduce((max, op) => (op.hlc > max ? op.hlc : max), '');
      if (latest && tooFarAhead(latest, deviceId, options)) {
        // Not applied, so this PC's clock is not dragged along; read again until it is due or accepted.
        reading.held.push({ deviceId, path: candidate.path, hlc: latest, ops: kept.length });
        continue;
      }
      reading.segments.push({ deviceId, path: candidate.path, first: candidate.first, last: candidate.last, ops: kept });
      ops += parsed.ops.length;
    }
  }
  reading.extraSnapshots = await coveringSnapshots(folder, reading, options);
  return reading;
}

/**
 * A PC's folder vanished (deleted, or no longer readable): its ops live on only in the other PCs.
 * Their head.json cursors say who had read how far; where one had read further than this PC (and
 * the snapshot it starts from), that PC's newest snapshot is merged too (docs/sync-format.md,
 * "Vanished device folders"). Only runs in that case; merging a snapshot again changes nothing.
 */
async function coveringSnapshots(folder: SyncFolder, reading: FolderReading, options: ReadOptions): Promise<Snapshot[]> {
  const peers = new Set<string>();
  for (const head of reading.heads) {
    for (const [deviceId, seq] of Object.entries(head.cursors)) {
      if (deviceId === options.ownDeviceId || reading.readable.has(deviceId)) continue;
      const have = Math.max(options.cursors.get(deviceId)?.seq ?? 0, reading.snapshot?.covers[deviceId] ?? 0);
      if (seq > have) peers.add(head.deviceId);
    }
  }
  const found: Snapshot[] = [];
  for (const peer of [...peers].sort()) {
    const names = ((await folder.list(snapshotsDir(peer))) ?? [])
      .filter((entry) => entry.kind === 'file' && judgeSnapshotEntry(entry.name) === 'accepted')
      .map((entry) => ({ name: entry.name, hlc: parseSnapshotName(entry.name)! }))
      .filter(({ hlc }) => !tooFarAhead(hlc, peer, options))
      .sort((a, b) => (a.hlc < b.hlc ? 1 : -1));
    const newest = names[0];
    if (!newest || (reading.snapshot?.deviceId === peer && reading.snapshot.hlc === newest.hlc)) continue;
    const bytes = await folder.read(`${snapshotsDir(peer)}/${newest.name}`);
    const snapshot = bytes ? await decodeSnapshot(bytes) : null;
    if (snapshot && snapshot.deviceId === peer && snapshot.hlc === newest.hlc) found.push(snapshot);
  }
  return found;
}

function takeHead(deviceId: string, bytes: Uint8Array | null, reading: FolderReading): void {
  const path = headPath(deviceId);
  if (!bytes) return;
  reading.present.add(path);
  try {
    const head = headSchema.parse(JSON.parse(decoder.decode(bytes)));
    if (head.deviceId !== deviceId) throw new SyncInvariantError('foreignHead', deviceId);
    reading.heads.push(head);
    reading.peers.push({ deviceId, name: head.name, appVersion: head.appVersion, headUpdatedAt: head.updatedAt });
    reading.fine.push(path);
  } catch {
    reading.bad.push({ path, problem: 'headUnreadable' });
  }
}

async function newestSnapshot(folder: SyncFolder, devices: readonly string[], reading: FolderReading, options: ReadOptions): Promise<Snapshot | undefined> {
  const candidates: { path: string; hlc: string; deviceId: string }[] = [];
  const listings = await Promise.all(devices.map((deviceId) => folder.list(snapshotsDir(deviceId))));
  for (const [n, deviceId] of devices.entries()) {
    for (const entry of listings[n] ?? []) {
      if (entry.kind !== 'file') continue;
      const path = `${snapshotsDir(deviceId)}/${entry.name}`;
      reading.present.add(path);
      const verdict = judgeSnapshotEntry(entry.name);
      if (verdict === 'accepted') {
        const hlc = parseSnapshotName(entry.name)!;
        // A snapshot from a clock far ahead is not started from: its segments are held back and shown instead.
        if (!tooFarAhead(hlc, deviceId, options)) candidates.push({ path, hlc, deviceId });
      } else if (verdict !== 'clutter') reading.bad.push({ path, problem: verdict === 'conflictCopy' ? 'conflictCopy' : 'unknownFile', ignored: true });
    }
  }
  candidates.sort((a, b) => (a.hlc < b.hlc ? 1 : -1));
  for (const candidate of candidates) {
    const bytes = await folder.read(candidate.path);
    if (!bytes) continue;
    const snapshot = await decodeSnapshot(bytes);
    if (snapshot && snapshot.deviceId === candidate.deviceId && snapshot.hlc === candidate.hlc) {
      reading.fine.push(candidate.path);
      return snapshot;
    }
    reading.bad.push({ path: candidate.path, problem: 'snapshotUnreadable', detail: snapshot ? 'snapshot: deviceId/hlc ≠ Dateiname' : 'snapshot' });
  }
  return undefined;
}
