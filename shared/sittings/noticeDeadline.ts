import type { Sitting } from '../domain/sitting';
import { addDays, daysBetween } from '../dates/isoDates';

/**
 * The last day on which the invitation can go out: the sitting's date minus the notice period
 * (Ladungsfrist, Einstellungen). An invitation sent on that day is on time.
 */
export function noticeDeadline(sittingDate: string, noticePeriodDays: number): string {
  return addDays(sittingDate, -noticePeriodDays);
}

export type NoticeState =
  /** Invited on or before the deadline. */
  | { kind: 'invitedOnTime'; deadline: string; invitedOn: string }
  /** Invited after the deadline: the notice period was not kept. */
  | { kind: 'invitedLate'; deadline: string; invitedOn: string; daysLate: number }
  /** Not invited yet and there is still time (daysLeft = 0: today is the last day). */
  | { kind: 'open'; deadline: string; daysLeft: number }
  /** Not invited yet and the deadline has passed, the sitting still ahead or not marked held. */
  | { kind: 'overdue'; deadline: string; daysOverdue: number }
  /** Held or cancelled without a recorded invitation: nothing to warn about. */
  | { kind: 'notRecorded'; deadline: string };

/**
 * Where a sitting stands against its notice period. `invitedOn` is the local calendar day of
 * sitting.invitedAt (the caller converts the instant in the user's time zone), `today` likewise.
 */
export function noticeState(
  sitting: Pick<Sitting, 'date' | 'status'>,
  invitedOn: string | undefined,
  noticePeriodDays: number,
  today: string,
): NoticeState {
  const deadline = noticeDeadline(sitting.date, noticePeriodDays);
  if (invitedOn) {
    const daysLate = daysBetween(deadline, invitedOn);
    return daysLate > 0 ? { kind: 'invitedLate', deadline, invitedOn, daysLate } : { kind: 'invitedOnTime', deadline, invitedOn };
  }
  if (sitting.status === 'held' || sitting.status === 'cancelled') return { kind: 'notRecorded', deadline };
  const daysLeft = daysBetween(today, deadline);
  return daysLeft >= 0 ? { kind: 'open', deadline, daysLeft } : { kind: 'overdue', deadline, daysOverdue: -daysLeft };
}
