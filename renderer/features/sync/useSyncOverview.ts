import { useLiveQuery } from 'dexie-react-hooks';
import type { KonventDatabase } from '../../db/database';
import { BAD_FILES, CURSORS, DEVICE, type BadFileRow, type ConflictRow, type CursorRow, type DeviceClockRow, type FolderRefRow, type SyncStateRow, type SyncStatusRow, clockEntryOf, openConflicts, readStatus, readSyncState } from '../../sync/syncConnection';

/** Everything the sync screen shows, live from the database. */
export interface SyncOverview {
  state: SyncStateRow;
  status: SyncStatusRow;
  clock: DeviceClockRow | undefined;
  folder: FolderRefRow | undefined;
  peers: CursorRow[];
  badFiles: BadFileRow[];
  conflicts: { conflict: ConflictRow; row: Record<string, unknown> }[];
  waiting: number;
}

async function rowData(db: KonventDatabase, table: string, id: string): Promise<Record<string, unknown>> {
  const visible = (await db.table(table).get(id)) as Record<string, unknown> | undefined;
  if (visible) return visible;
  return (await clockEntryOf(db, table, id))?.data ?? { id };
}

export function useSyncOverview(db: KonventDatabase): SyncOverview | undefined {
  return useLiveQuery(async () => {
    const [state, status, clock, folder, peers, badFiles, conflictRows] = await Promise.all([
      readSyncState(db),
      readStatus(db),
      db.table(DEVICE).get('clock') as Promise<DeviceClockRow | undefined>,
      db.table(DEVICE).get('folder') as Promise<FolderRefRow | undefined>,
      db.table(CURSORS).toArray() as Promise<CursorRow[]>,
      db.table(BAD_FILES).filter((row: BadFileRow) => row.listed).toArray() as Promise<BadFileRow[]>,
      openConflicts(db),
    ]);
    const conflicts = await Promise.all(conflictRows.map(async (conflict) => ({ conflict, row: await rowData(db, conflict.table, conflict.rowId) })));
    const waiting = state.folderId ? Math.max(0, (clock?.lastSeq ?? 0) - state.publishedSeq) : (clock?.lastSeq ?? 0);
    return { state, status, clock, folder, peers, badFiles, conflicts, waiting };
  }, [db]);
}
