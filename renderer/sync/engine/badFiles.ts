import type { Table } from 'dexie';
import { BAD_FILES, type BadFileRow } from '../../db/sync/syncTables';
import type { KonventDatabase } from '../../db/database';

/**
 * Files that could not be read. A segment that does not parse may simply not have arrived
 * completely yet, so it is retried; only when it stays bad is it listed for the user. Copies made
 * by cloud services and unknown files are never read and are listed at once.
 */
export const ATTEMPTS_BEFORE_LISTING = 3;

export type BadFileProblem =
  | 'empty'
  | 'notText'
  | 'truncated'
  | 'headerUnreadable'
  | 'hashMismatch'
  | 'opUnreadable'
  | 'wrongSequence'
  | 'wrongName'
  | 'headUnreadable'
  | 'snapshotUnreadable'
  | 'conflictCopy'
  | 'unknownFile'
  | 'unknownFolder'
  | 'reservedTable';

export interface BadFileSighting {
  path: string;
  problem: BadFileProblem;
  detail?: string;
  /** Never read (a copy or an unknown file): listed at once. */
  ignored?: boolean;
}

/** Records this run's sightings; rows of files that are fine again or gone are removed. */
export async function recordBadFiles(
  db: KonventDatabase,
  sightings: readonly BadFileSighting[],
  fine: readonly string[],
  listedPaths: ReadonlySet<string>,
  nowIso: string,
  /** The rows as stored, when the caller read them in this run (only sync writes this table). */
  stored?: readonly BadFileRow[],
): Promise<void> {
  const table = db.table(BAD_FILES) as Table<BadFileRow, string>;
  await db.transaction('rw', table, async () => {
    const existing = new Map((stored ?? (await table.toArray())).map((row) => [row.path, row]));
    const seen = new Set<string>();
    const rows: BadFileRow[] = [];
    for (const sighting of sightings) {
      seen.add(sighting.path);
      const before = existing.get(sighting.path);
      const attempts = (before?.attempts ?? 0) + 1;
      const row: BadFileRow = {
        path: sighting.path,
        problem: sighting.problem,
        attempts,
        firstSeenAt: before?.firstSeenAt ?? nowIso,
        lastSeenAt: nowIso,
        listed: sighting.ignored === true || attempts >= ATTEMPTS_BEFORE_LISTING,
      };
      if (sighting.detail) row.detail = sighting.detail;
      rows.push(row);
    }
    if (rows.length > 0) await table.bulkPut(rows);
    const gone = [...existing.keys()].filter((path) => !seen.has(path) && (fine.includes(path) || !listedPaths.has(path)));
    if (gone.length > 0) await table.bulkDelete(gone);
  });
}
