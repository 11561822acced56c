import type { Minutes } from '../../../shared/domain/minutes';
import type { KonventDatabase } from '../database';
import { minutesIdForSitting } from '../../../shared/minutes/minutesDefaults';

/** What the minutes table's index says about one sitting's minutes, without reading the row. */
export interface MinutesState {
  sittingId: string;
  status: Minutes['status'];
  version: number;
}

/**
 * Status and version of every sitting's minutes from the index [sittingId+status+version] (schema v4):
 * no minutes row is read, so the frozen documents of approved minutes are not copied for a list.
 */
export async function minutesStates(db: KonventDatabase): Promise<MinutesState[]> {
  const keys = await db.domain('minutes').orderBy('[sittingId+status+version]').keys();
  return keys.map((key) => {
    const [sittingId, status, version] = key as unknown as [string, Minutes['status'], number];
    return { sittingId, status, version };
  });
}

/**
 * The sittings whose minutes are approved, in sitting id order, without reading a minutes row or walking a
 * cursor: the approved minutes' ids (one getAllKeys on the status index) are matched to the sittings through
 * the id every PC gives a sitting's minutes (`minutesIdForSitting`); a row with another id (written by an
 * older version) is read to learn its sitting.
 */
export async function approvedMinutesSittingIds(db: KonventDatabase): Promise<string[]> {
  const [approvedIds, sittingIds] = await Promise.all([
    db.domain('minutes').where('status').equals('approved').primaryKeys(),
    db.domain('sittings').toCollection().primaryKeys(),
  ]);
  const sittingOf = new Map(sittingIds.map((id) => [minutesIdForSitting(id), id]));
  const found: string[] = [];
  const other: string[] = [];
  for (const id of approvedIds) {
    const sittingId = sittingOf.get(id);
    if (sittingId) found.push(sittingId);
    else other.push(id);
  }
  if (other.length > 0) {
    for (const row of await db.domain('minutes').bulkGet(other)) if (row?.status === 'approved') found.push(row.sittingId);
  }
  return found.sort();
}

/** Minutes approved in this sitting ("Genehmigung der Niederschrift vom …"), by index. */
export function minutesApprovedIn(db: KonventDatabase, sittingId: string): Promise<Minutes[]> {
  return db.domain('minutes').where('approvedInSittingId').equals(sittingId).toArray();
}
