import { opValueJson } from '../../../shared/hashing/canonicalJson';
import { judgeLogEntry, logDir, parseSegmentName, segmentPath, tmpDir } from '../../../shared/sync/folderLayout';
import type { SyncOp } from '../../../shared/sync/formats';
import { encodeSegment, parseSegmentWith } from '../../../shared/sync/segment';
import { bytesEqual, type FolderEntry, type SyncFolder } from '../../../shared/sync/syncFolder';
import type { KonventDatabase } from '../../db/database';
import { DEVICE, OUTBOX } from '../../db/sync/syncTables';
import { sha256HexNative } from './digest';

/**
 * This PC's published segments are watched (docs/sync-format.md, "Writers"): cloud services
 * revert files to older revisions, cut them off or lose them, and a PC that read such a file
 * never gets the edits. Every sync checks that each published segment is listed; each sync also
 * re-reads a share of them in turn (up to BYTES_CHECKED_PER_SYNC) and compares them byte for
 * byte with what this PC wrote. A missing or damaged one is written again with the same name and
 * the same bytes (segments are a pure function of the ops in _outbox), so PCs that had already
 * applied it are not disturbed and those that had not get it.
 */
export const BYTES_CHECKED_PER_SYNC = 2 * 1024 * 1024;
const READ_AHEAD = 8;

/** _device 'ownSegments': the ranges this PC published into the current folder under its current id. */
export interface OwnSegmentsRow {
  key: 'ownSegments';
  deviceId: string;
  folderId: string;
  /** first, last and, once known, the header's sha256 (what the file must hold). */
  ranges: OwnRange[];
  /** Round-robin position of the byte check. */
  next: number;
}

type OwnRange = [number, number] | [number, number, string];

export type WatchVerdict = { kind: 'ok'; rewritten: string[] } | { kind: 'diverged'; firstForeignSeq: number };

async function readRow(db: KonventDatabase, deviceId: string, folderId: string): Promise<OwnSegmentsRow | undefined> {
  const row = (await db.table(DEVICE).get('ownSegments')) as OwnSegmentsRow | undefined;
  return row && row.deviceId === deviceId && row.folderId === folderId ? row : undefined;
}

/** Called after each published segment. */
export async function rememberPublished(db: KonventDatabase, ids: { deviceId: string; folderId: string }, first: number, last: number, sha256: string): Promise<void> {
  await db.transaction('rw', DEVICE, async () => {
    const row = (await readRow(db, ids.deviceId, ids.folderId)) ?? { key: 'ownSegments' as const, ...ids, ranges: [], next: 0 };
    row.ranges = [...row.ranges.filter(([f, l]) => f !== first || l !== last), [first, last, sha256]];
    row.ranges.sort((a, b) => a[0] - b[0]);
    await db.table(DEVICE).put(row);
  });
}

/** Ranges as listed (for a PC that published before this was recorded), with any gap up to publishedSeq as its own range. */
function derivedRanges(listed: readonly [number, number][], after: number, publishedSeq: number): OwnRange[] {
  const ranges: OwnRange[] = [];
  let covered = after;
  for (const [first, last] of [...listed].filter(([, l]) => l <= publishedSeq).sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    if (first > covered + 1) ranges.push([covered + 1, first - 1]);
    if (first === covered + 1) {
      ranges.push([first, last]);
      covered = last;
    }
  }
  if (covered < publishedSeq) ranges.push([covered + 1, publishedSeq]);
  return ranges;
}

async function ownOps(db: KonventDatabase, first: number, last: number): Promise<SyncOp[]> {
  return (await db.table(OUTBOX).where(':id').between(first, last, true, true).toArray()) as SyncOp[];
}

const encoder = new TextEncoder();

/** The file is the segment this PC wrote: its header line, and a body with the recorded hash. */
async function isExactly(bytes: Uint8Array, deviceId: string, first: number, last: number, sha256: string): Promise<boolean> {
  const headerEnd = bytes.indexOf(0x0a);
  if (headerEnd < 0) return false;
  const header = encoder.encode(JSON.stringify({ v: 1, deviceId, first, last, count: last - first + 1, sha256 }));
  if (!bytesEqual(bytes.subarray(0, headerEnd), header)) return false;
  return (await sha256HexNative(bytes.subarray(headerEnd + 1))) === sha256;
}

export async function watchOwnSegments(
  folder: SyncFolder,
  db: KonventDatabase,
  ids: { deviceId: string; folderId: string },
  publishedSeq: number,
  /** The listing of this PC's log folder, when the caller already asked for it. */
  logListing?: FolderEntry[] | null,
): Promise<WatchVerdict> {
  if (publishedSeq === 0) return { kind: 'ok', rewritten: [] };
  const names = new Set(
    ((logListing !== undefined ? logListing : await folder.list(logDir(ids.deviceId))) ?? []).filter((entry) => entry.kind === 'file' && judgeLogEntry(entry.name) === 'accepted').map((entry) => entry.name),
  );
  const stored = await readRow(db, ids.deviceId, ids.folderId);
  const listed = [...names].map((name) => parseSegmentName(name)!).map(({ first, last }) => [first, last] as [number, number]);
  const known = (stored?.ranges ?? []).filter(([, last]) => last <= publishedSeq);
  const knownTo = known.reduce((max, [, last]) => Math.max(max, last), 0);
  const ranges = [...known, ...derivedRanges(listed, knownTo, publishedSeq)];
  const rewritten: string[] = [];
  const rewrite = async (first: number, last: number, ops?: SyncOp[]) => {
    const mine = ops ?? (await ownOps(db, first, last));
    if (mine.length !== last - first + 1) return;
    const path = segmentPath(ids.deviceId, first, last);
    await folder.writeAtomically(path, encodeSegment(ids.deviceId, mine).bytes, tmpDir(ids.deviceId));
    rewritten.push(path);
  };

  // Existence: every sync, from the listing alone.
  const present: number[] = [];
  for (const [index, [first, last]] of ranges.entries()) {
    const path = segmentPath(ids.deviceId, first, last);
    if (names.has(path.slice(path.lastIndexOf('/') + 1))) present.push(index);
    else await rewrite(first, last);
  }

  // Content: a share of them per sync, in turn. The body's hash (native) must be the one this PC
  // wrote, and the header line exactly its own; only a mismatch costs reading _outbox.
  let position = stored ? stored.next % Math.max(1, present.length) : 0;
  let bytesRead = 0;
  // The next few in turn are read ahead (each read is a round trip; a PC that publishes small
  // segments has many). A read beyond the share of this sync is only wasted, never used.
  const start = position;
  const reads = new Map<number, Promise<Uint8Array | null>>();
  const readAhead = (from: number) => {
    for (let k = from; k < present.length && k < from + READ_AHEAD; k++) {
      if (reads.has(k)) continue;
      const [first, last] = ranges[present[(start + k) % present.length]!]!;
      const read = folder.read(segmentPath(ids.deviceId, first, last));
      read.catch(() => undefined);
      reads.set(k, read);
    }
  };
  for (let checked = 0; checked < present.length && bytesRead < BYTES_CHECKED_PER_SYNC; checked++) {
    const index = present[position]!;
    position = (position + 1) % present.length;
    const [first, last, known] = ranges[index]!;
    readAhead(checked);
    const bytes = await reads.get(checked)!;
    reads.delete(checked);
    bytesRead += bytes?.length ?? 0;
    let sha256 = known;
    let mine: SyncOp[] | undefined;
    if (sha256 === undefined) {
      mine = await ownOps(db, first, last);
      if (mine.length !== last - first + 1) continue;
      sha256 = encodeSegment(ids.deviceId, mine).header.sha256;
      ranges[index] = [first, last, sha256];
    }
    if (bytes && (await isExactly(bytes, ids.deviceId, first, last, sha256))) continue;
    mine ??= await ownOps(db, first, last);
    if (mine.length !== last - first + 1) continue;
    if (bytes) {
      // Complete and valid but other ops: a second install writes under this id (cloned profile).
      const parsed = await parseSegmentWith(bytes, { deviceId: ids.deviceId, first, last }, sha256HexNative);
      if (parsed.ok) {
        const ours = new Map(mine.map((op) => [op.seq, opValueJson(op)]));
        const foreign = parsed.ops.find((op) => ours.get(op.seq) !== opValueJson(op));
        if (foreign) return { kind: 'diverged', firstForeignSeq: foreign.seq };
        continue;
      }
    }
    await rewrite(first, last, mine);
  }

  await db.table(DEVICE).put({ key: 'ownSegments', ...ids, ranges, next: position } satisfies OwnSegmentsRow);
  return { kind: 'ok', rewritten };
}
