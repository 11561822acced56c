import { parseSnapshotName, snapshotPath, snapshotsDir, tmpDir } from '../../../shared/sync/folderLayout';
import type { Snapshot, SnapshotRow } from '../../../shared/sync/formats';
import type { SyncFolder } from '../../../shared/sync/syncFolder';
import { domainTableNames } from '../../../shared/domain/tables';
import type { KonventDatabase } from '../../db/database';
import { toRowState } from '../../db/sync/rowStore';
import { allClockEntries, type ClockEntryOfRow } from '../../db/sync/syncReads';
import { CLOCK, CURSORS, DEVICE, type CursorRow, type DeviceClockRow } from '../../db/sync/syncTables';
import { updateSyncState } from './engineState';
import { decodeSnapshot, encodeSnapshot } from './snapshotCodec';

/**
 * A snapshot is this PC's whole state (rows, hidden rows, field clocks with their losers) and the
 * seq up to which it contains each PC's ops. A new PC merges the newest one and then replays only
 * the segments after it; the result equals replaying every log. Written only when this PC has
 * nothing unpublished, so `covers` is exact.
 */
export const SNAPSHOTS_KEPT = 2;

export async function captureSnapshot(db: KonventDatabase, nowIso: string): Promise<Snapshot | null> {
  return db.transaction('r', [...domainTableNames, CLOCK, CURSORS, DEVICE], async () => {
    const clock = (await db.table(DEVICE).get('clock')) as DeviceClockRow | undefined;
    const state = await db.table(DEVICE).get('sync');
    if (!clock?.hlc || !state || clock.lastSeq !== state.publishedSeq) return null;
    const clocks = groupByTable(await allClockEntries(db));
    const rows: SnapshotRow[] = [];
    for (const table of domainTableNames) {
      const ofTable = clocks.get(table) ?? [];
      if (ofTable.length === 0) continue;
      const visible = new Map(((await db.table(table).toArray()) as Record<string, unknown>[]).map((row) => [String(row.id), row]));
      for (const { id, entry } of ofTable) {
        const row = toRowState({ table, id, visible: visible.get(id), clock: entry });
        rows.push({ table, id, data: row.data, fields: row.fields });
      }
    }
    const covers: Record<string, number> = { [clock.deviceId]: state.publishedSeq };
    for (const cursor of (await db.table(CURSORS).toArray()) as CursorRow[]) covers[cursor.deviceId] = cursor.seq;
    return { format: 'konvent-snapshot', v: 1, deviceId: clock.deviceId, hlc: clock.hlc, createdAt: nowIso, covers, rows };
  });
}

export async function writeSnapshot(folder: SyncFolder, db: KonventDatabase, nowIso: string): Promise<boolean> {
  const snapshot = await captureSnapshot(db, nowIso);
  if (!snapshot) return false;
  const path = snapshotPath(snapshot.deviceId, snapshot.hlc);
  await folder.writeAtomically(path, await encodeSnapshot(snapshot), tmpDir(snapshot.deviceId));
  const readBack = await folder.read(path);
  if (!readBack || !(await decodeSnapshot(readBack))) return false;
  await updateSyncState(db, (state) => {
    state.snapshotWritten = true;
    state.opsSinceSnapshot = 0;
  });
  await pruneOwnSnapshots(folder, snapshot.deviceId);
  return true;
}

function groupByTable(entries: readonly ClockEntryOfRow[]): Map<string, ClockEntryOfRow[]> {
  const groups = new Map<string, ClockEntryOfRow[]>();
  for (const entry of entries) {
    const group = groups.get(entry.table);
    if (group) group.push(entry);
    else groups.set(entry.table, [entry]);
  }
  return groups;
}

/** Older snapshots of this PC are moved to its tmp folder and deleted there; other PCs' files are never touched. */
async function pruneOwnSnapshots(folder: SyncFolder, deviceId: string): Promise<void> {
  const names = ((await folder.list(snapshotsDir(deviceId))) ?? [])
    .filter((entry) => entry.kind === 'file' && parseSnapshotName(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const name of names.slice(0, Math.max(0, names.length - SNAPSHOTS_KEPT))) {
    const temp = `${tmpDir(deviceId)}/${crypto.randomUUID()}.tmp`;
    await folder.rename(`${snapshotsDir(deviceId)}/${name}`, temp);
    await folder.removeTemp(temp);
  }
}
