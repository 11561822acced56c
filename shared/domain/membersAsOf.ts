import type { Body, Deputy, Membership } from './membership';
import { isValidOn, periodsOverlap } from './validity';

/**
 * Members of a body on a date. The heads (body 'core') sit in the extended convent as well,
 * so the extended convent is every membership valid on the date.
 */
export function membersAsOf(memberships: readonly Membership[], body: Body, date: string): Membership[] {
  return memberships.filter((m) => isValidOn(m, date) && (body === 'extended' || m.body === 'core'));
}

/** Standing deputies of a membership valid on a date, in their order. Both entries must be valid. */
export function deputiesAsOf(membership: Membership, deputies: readonly Deputy[], date: string): Deputy[] {
  if (!isValidOn(membership, date)) return [];
  return deputies
    .filter((d) => d.membershipId === membership.id && isValidOn(d, date))
    .sort((a, b) => a.position - b.position);
}

export interface SeatOverlap {
  existing: Membership;
}

/** Another membership of the same seat whose period overlaps the candidate's, if any. */
export function findSeatOverlap(candidate: Membership, memberships: readonly Membership[]): SeatOverlap | undefined {
  const existing = memberships.find(
    (m) => m.id !== candidate.id && m.seatId === candidate.seatId && periodsOverlap(m, candidate),
  );
  return existing ? { existing } : undefined;
}
