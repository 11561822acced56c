import type { ActionItem, Minutes } from '../../../shared/domain/minutes';
import { assertMinutesEditable, isMinutesLocked, MinutesLockedError } from '../../../shared/minutes/approvalLock';
import { approvedReviewChangedBy } from '../../../shared/minutes/reviewLock';
import type { KonventDatabase } from '../database';
import { approvedMinutesSittingIds } from './minutesIndex';

/**
 * The approval lock, checked inside each write transaction (its scope must include 'minutes', and
 * 'sittings' for the actionItem checks), so a change on a sitting whose minutes another PC approved
 * meanwhile cannot slip in between reading and writing.
 */

/** The minutes row of a sitting, or undefined while nobody has written any. */
export function readStoredMinutes(db: KonventDatabase, sittingId: string): Promise<Minutes | undefined> {
  return db.domain('minutes').where('sittingId').equals(sittingId).first();
}

export async function isSittingMinutesLocked(db: KonventDatabase, sittingId: string): Promise<boolean> {
  return isMinutesLocked(await readStoredMinutes(db, sittingId));
}

/** Throws MinutesLockedError when the sitting's minutes are approved. */
export async function assertSittingMinutesEditable(db: KonventDatabase, sittingId: string): Promise<void> {
  assertMinutesEditable(await readStoredMinutes(db, sittingId));
}

/** The dates of the sittings whose minutes are approved. */
export async function approvedMinutesSittingDates(db: KonventDatabase): Promise<string[]> {
  const sittings = await db.domain('sittings').bulkGet(await approvedMinutesSittingIds(db));
  return sittings.flatMap((s) => (s ? [s.date] : []));
}

/**
 * Throws MinutesLockedError (naming the approved sitting) when changing a actionItem from `before` to
 * `after` (undefined: deleted) would rewrite the "Stand der offenen Aufgaben" of approved minutes.
 */
export async function assertApprovedReviewsUnchanged(db: KonventDatabase, before: ActionItem, after: ActionItem | undefined): Promise<void> {
  const from = await db.domain('sittings').get(before.sittingId);
  if (!from) return;
  const changed = approvedReviewChangedBy(before, after, from.date, await approvedMinutesSittingDates(db));
  if (changed) throw new MinutesLockedError(changed);
}
