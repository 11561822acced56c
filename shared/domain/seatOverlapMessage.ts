import type { Membership } from './membership';
import { periodDates, sharedPeriod } from './periodText';
import { ruleMessage } from './validationCodes';

/**
 * The message when a membership would overlap another on the same seat (a seat has one holder at
 * a time). It names the other holder, their period and the days both would hold the seat, so the
 * user sees what to correct; the UI writes it in its language (messages/validation.ts):
 * "Überschneidung auf diesem Sitz mit der Mitgliedschaft von Sven Krüger (seit 28.04.2025): ab 01.10.2026. …"
 * `restore` words it as the reason an undo is refused. No holder name: an unknown person.
 */
export function seatOverlapMessage(
  candidate: Pick<Membership, 'validFrom' | 'validTo'>,
  existing: Membership,
  existingHolderName: string | undefined,
  restore = false,
): string {
  const params = {
    ...(existingHolderName === undefined ? {} : { holder: existingHolderName }),
    period: periodDates(existing),
    shared: periodDates(sharedPeriod(candidate, existing)),
  };
  return ruleMessage(restore ? 'restoreSeatOverlap' : 'seatOverlap', params);
}
