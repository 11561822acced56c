import { opValueJson } from '../../../shared/hashing/canonicalJson';
import { judgeLogEntry, logDir, parseSegmentName } from '../../../shared/sync/folderLayout';
import type { SyncOp } from '../../../shared/sync/formats';
import { parseSegmentWith } from '../../../shared/sync/segment';
import type { FolderEntry, SyncFolder } from '../../../shared/sync/syncFolder';
import type { KonventDatabase } from '../../db/database';
import { OUTBOX, type SyncStateRow } from '../../db/sync/syncTables';
import { sha256HexNative } from './digest';
/**
 * Before publishing, this PC looks at its own folder. Segments it wrote but did not get to record
 * (killed after the rename) are recognised by content and counted as published. Segments under its
 * id that it never wrote, or its last segment replaced by other content, mean a second install
 * with the same id (a cloned profile, a restored backup): this PC then forks to a new id.
 */
export type OwnLogVerdict =
  | { kind: 'ok' }
  | { kind: 'recovered'; publishedSeq: number; lastSegment: { path: string; sha256: string } }
  | { kind: 'missing' }
  | { kind: 'diverged'; firstForeignSeq: number };

async function ownOps(db: KonventDatabase, first: number, last: number): Promise<SyncOp[]> {
  return (await db.table(OUTBOX).where(':id').between(first, last, true, true).toArray()) as SyncOp[];
}

/** The first seq whose op in the file differs from ours, or null when all are ours. */
function firstDifference(theirs: readonly SyncOp[], ours: readonly SyncOp[]): number | null {
  const mine = new Map(ours.map((op) => [op.seq, opValueJson(op)]));
  for (const op of theirs) if (mine.get(op.seq) !== opValueJson(op)) return op.seq;
  return null;
}

export async function checkOwnLog(
  folder: SyncFolder,
  db: KonventDatabase,
  deviceId: string,
  state: SyncStateRow,
  /** The listing of this PC's log folder, when the caller already asked for it. */
  listed?: FolderEntry[] | null,
): Promise<OwnLogVerdict> {
  const entries = (listed !== undefined ? listed : await folder.list(logDir(deviceId))) ?? [];
  const segments = entries
    .filter((entry) => entry.kind === 'file' && judgeLogEntry(entry.name) === 'accepted')
    .map((entry) => ({ path: `${logDir(deviceId)}/${entry.name}`, ...parseSegmentName(entry.name)! }))
    .sort((a, b) => a.first - b.first);

  let published = state.publishedSeq;
  let recoveredSegment: { path: string; sha256: string } | undefined;
  for (const segment of segments.filter((s) => s.last > state.publishedSeq)) {
    const bytes = await folder.read(segment.path);
    if (!bytes) continue;
    const parsed = await parseSegmentWith(bytes, { deviceId, ...segment }, sha256HexNative);
    // A damaged file under our name is not proof of a clone; publishing writes over or past it.
    if (!parsed.ok) continue;
    const ours = await ownOps(db, segment.first, segment.last);
    const differs = firstDifference(parsed.ops, ours);
    if (differs !== null) return { kind: 'diverged', firstForeignSeq: differs };
    if (segment.first <= published + 1) {
      published = Math.max(published, segment.last);
      recoveredSegment = { path: segment.path, sha256: parsed.header.sha256 };
    }
  }

  if (state.lastSegment && state.publishedSeq > 0) {
    const bytes = await folder.read(state.lastSegment.path);
    // All of this PC's files are gone (an emptied, restored folder): publish the whole log again.
    // A single missing or damaged segment is written again by watchOwnSegments.
    if (!bytes && segments.length === 0) return { kind: 'missing' };
    if (!bytes) return published > state.publishedSeq && recoveredSegment ? { kind: 'recovered', publishedSeq: published, lastSegment: recoveredSegment } : { kind: 'ok' };
    const range = parseSegmentName(state.lastSegment.path.split('/').pop()!)!;
    const parsed = await parseSegmentWith(bytes, { deviceId, ...range }, sha256HexNative);
    if (parsed.ok && parsed.header.sha256 !== state.lastSegment.sha256) {
      const differs = firstDifference(parsed.ops, await ownOps(db, range.first, range.last));
      if (differs !== null) return { kind: 'diverged', firstForeignSeq: differs };
    }
  }
  if (published > state.publishedSeq && recoveredSegment) return { kind: 'recovered', publishedSeq: published, lastSegment: recoveredSegment };
  return { kind: 'ok' };
}
