import { headPath, segmentPath, tmpDir } from '../../../shared/sync/folderLayout';
import type { DeviceHead, SyncOp } from '../../../shared/sync/formats';
import { encodeSegment, parseSegmentWith } from '../../../shared/sync/segment';
import { SyncFolderError, type SyncFolder } from '../../../shared/sync/syncFolder';
import type { KonventDatabase } from '../../db/database';
import { CURSORS, OUTBOX, type CursorRow } from '../../db/sync/syncTables';
import { sha256HexNative } from './digest';
import { updateSyncState } from './engineState';
import { rememberPublished } from './ownSegments';
import { SyncInvariantError } from '../../../shared/sync/syncInvariant';

/**
 * Writes this PC's unpublished ops as new segments: temp file, flush, rename, then read back and
 * check the hash; only then is "published" recorded. A crash anywhere in between leaves either
 * nothing or a complete segment that the next run recognises as its own.
 */
export interface PublishHooks {
  /** Crash tests: runs after a segment was written and verified, before it is recorded. */
  beforeRecordPublished?: () => void;
}

export async function publishOutbox(
  folder: SyncFolder,
  db: KonventDatabase,
  deviceId: string,
  fromSeq: number,
  options: { maxOpsPerSegment: number; folderId: string; hooks?: PublishHooks },
): Promise<number> {
  let published = fromSeq;
  let sent = 0;
  for (;;) {
    const ops = (await db.table(OUTBOX).where(':id').above(published).limit(options.maxOpsPerSegment).toArray()) as SyncOp[];
    if (ops.length === 0) return sent;
    ops.forEach((op, i) => {
      if (op.seq !== published + 1 + i) throw new SyncInvariantError('outboxGap', String(published + 1 + i));
    });
    const { bytes, header } = encodeSegment(deviceId, ops);
    const path = segmentPath(deviceId, header.first, header.last);
    await folder.writeAtomically(path, bytes, tmpDir(deviceId));
    const readBack = await folder.read(path);
    const check = readBack ? await parseSegmentWith(readBack, { deviceId, first: header.first, last: header.last }, sha256HexNative) : null;
    if (!check?.ok || check.header.sha256 !== header.sha256) {
      throw new SyncFolderError('verifyFailed', `${path} ließ sich nach dem Schreiben nicht unverändert lesen.`);
    }
    options.hooks?.beforeRecordPublished?.();
    await updateSyncState(db, (state) => {
      state.publishedSeq = header.last;
      state.everPublishedSeq = Math.max(state.everPublishedSeq, header.last);
      state.lastSegment = { path, sha256: header.sha256 };
    });
    await rememberPublished(db, { deviceId, folderId: options.folderId }, header.first, header.last, header.sha256);
    published = header.last;
    sent += ops.length;
  }
}

export async function writeHead(
  folder: SyncFolder,
  db: KonventDatabase,
  head: Omit<DeviceHead, 'cursors' | 'updatedAt'>,
  nowIso: string,
  /** The cursor rows, when the caller has just read them. */
  cursorRows?: readonly CursorRow[],
): Promise<void> {
  const text = await writeHeadFile(folder, head, nowIso, cursorRows ?? ((await db.table(CURSORS).toArray()) as CursorRow[]));
  await updateSyncState(db, (state) => {
    state.lastHeadText = text;
  });
}

/** Writes head.json from what the caller read; returns its text (the caller records it). */
export async function writeHeadFile(folder: SyncFolder, head: Omit<DeviceHead, 'cursors' | 'updatedAt'>, nowIso: string, cursorRows: readonly CursorRow[]): Promise<string> {
  const cursors: Record<string, number> = {};
  for (const cursor of cursorRows) cursors[cursor.deviceId] = cursor.seq;
  const full: DeviceHead = { ...head, cursors, updatedAt: nowIso };
  const text = JSON.stringify(full, null, 2) + '\n';
  await folder.writeAtomically(headPath(head.deviceId), new TextEncoder().encode(text), tmpDir(head.deviceId));
  return text;
}
