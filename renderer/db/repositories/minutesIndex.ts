import type { Minutes } from '../../../shared/domain/minutes';
import type { KonventDatabase } from '../database';

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

/** The sittings whose minutes are approved (from the index). */
export async function approvedMinutesSittingIds(db: KonventDatabase): Promise<string[]> {
  return (await minutesStates(db)).filter((state) => state.status === 'approved').map((state) => state.sittingId);
}

/** Minutes approved in this sitting ("Genehmigung der Niederschrift vom …"), by index. */
export function minutesApprovedIn(db: KonventDatabase, sittingId: string): Promise<Minutes[]> {
  return db.domain('minutes').where('approvedInSittingId').equals(sittingId).toArray();
}
