import type { Body, MemberCategory, Membership } from './membership';

/**
 * Which body and seat a new membership gets. The heads of the territories form the core convent
 * (and sit in the extended one through it); personalities and permanent members sit in the
 * extended convent. A territory has one head seat: every head membership of the territory shares
 * its seatId, so successive Landräte form the seat's history. Any other new membership opens a
 * seat of its own (its successors join it through "Nachfolge eintragen").
 */
export function bodyForCategory(category: MemberCategory): Body {
  return category === 'head' ? 'core' : 'extended';
}

export function seatForNewMembership(
  category: MemberCategory,
  territoryId: string | undefined,
  memberships: readonly Membership[],
  newId: () => string,
): string {
  if (category === 'head' && territoryId) {
    const seat = memberships.find((m) => m.category === 'head' && m.territoryId === territoryId);
    if (seat) return seat.seatId;
  }
  return newId();
}
