import type { Deputy, Membership } from '../domain/membership';
import { deputiesAsOf, membersAsOf } from '../domain/membersAsOf';
import { membersOnDates } from '../domain/membersOnDates';
import { isValidOn } from '../domain/validity';
import type { Person } from '../domain/person';
import type { Attendance, Sitting } from '../domain/sitting';
import type { Territory } from '../domain/territory';

/** One seat at a sitting: the membership valid on its date, its standing deputies that day, and what was recorded. */
export interface RosterSeat {
  membership: Membership;
  /** Standing deputies valid on the sitting's date, first deputy first. */
  standingDeputies: Deputy[];
  attendance?: Attendance | undefined;
  /**
   * False when attendance was recorded for a membership that the register no longer places on this
   * date (the register was corrected afterwards). The recorded history is kept and shown, not dropped.
   */
  onRegister: boolean;
}

/**
 * One row per membership. Attendance ids are derived from sitting and membership, so two PCs write the
 * same row; should two rows still exist (imported data), the later change wins, as in sync.
 */
export function attendanceByMembership(rows: readonly Attendance[]): Map<string, Attendance> {
  const byMembership = new Map<string, Attendance>();
  for (const row of rows) {
    const existing = byMembership.get(row.membershipId);
    if (!existing || existing.updatedAt < row.updatedAt) byMembership.set(row.membershipId, row);
  }
  return byMembership;
}

/** The same order as localeCompare(…, 'de'), one collator for all comparisons. */
const germanOrder = new Intl.Collator('de');

const categoryRank = { head: 0, personality: 1, permanent: 2 } as const;

export interface RosterOrder {
  persons: ReadonlyMap<string, Pick<Person, 'firstName' | 'lastName'>>;
  territories: ReadonlyMap<string, Pick<Territory, 'rotationIndex'>>;
  /** For rosters of many sittings (statistics): the register swept once (`rosterIndex`). */
  index?: RosterIndex | undefined;
}

/** The register prepared once for the rosters of many sittings: no scan of all memberships or deputies per sitting. */
export interface RosterIndex {
  membersOn: (body: Sitting['body'], date: string) => Membership[];
  membershipById: ReadonlyMap<string, Membership>;
  deputiesOf: ReadonlyMap<string, readonly Deputy[]>;
}

export function rosterIndex(memberships: readonly Membership[], deputies: readonly Deputy[]): RosterIndex {
  const deputiesOf = new Map<string, Deputy[]>();
  for (const deputy of deputies) {
    const list = deputiesOf.get(deputy.membershipId);
    if (list) list.push(deputy);
    else deputiesOf.set(deputy.membershipId, [deputy]);
  }
  return { membersOn: membersOnDates(memberships), membershipById: new Map(memberships.map((m) => [m.id, m])), deputiesOf };
}

/** Standing deputies of a membership on a date from the index (the same as deputiesAsOf). */
function indexedDeputies(membership: Membership, index: RosterIndex, date: string): Deputy[] {
  if (!isValidOn(membership, date)) return [];
  return (index.deputiesOf.get(membership.id) ?? []).filter((d) => isValidOn(d, date)).sort((a, b) => a.position - b.position);
}

/**
 * The members of a sitting: the memberships valid on its date for its body (the heads sit in both
 * bodies), plus any membership with recorded attendance, so an old sitting keeps its history when the
 * register changes later. Ordered heads first (in rotation order), then personalities and permanent
 * members by name.
 */
export function sittingRoster(
  sitting: Pick<Sitting, 'id' | 'body' | 'date'>,
  memberships: readonly Membership[],
  deputies: readonly Deputy[],
  attendance: readonly Attendance[],
  order: RosterOrder,
): RosterSeat[] {
  const recorded = attendanceByMembership(attendance.filter((a) => a.sittingId === sitting.id));
  const { index } = order;
  const onRegister = index ? index.membersOn(sitting.body, sitting.date) : membersAsOf(memberships, sitting.body, sitting.date);
  const onRegisterIds = new Set(onRegister.map((m) => m.id));
  const recordedOnly = index
    ? [...recorded.keys()].flatMap((id) => {
        const membership = onRegisterIds.has(id) ? undefined : index.membershipById.get(id);
        return membership ? [membership] : [];
      })
    : memberships.filter((m) => recorded.has(m.id) && !onRegisterIds.has(m.id));
  const seats: RosterSeat[] = [...onRegister, ...recordedOnly].map((membership) => ({
    membership,
    standingDeputies: index ? indexedDeputies(membership, index, sitting.date) : deputiesAsOf(membership, deputies, sitting.date),
    attendance: recorded.get(membership.id),
    onRegister: onRegisterIds.has(membership.id),
  }));
  return seats.sort((a, b) => compareSeats(a.membership, b.membership, order));
}

function compareSeats(a: Membership, b: Membership, order: RosterOrder): number {
  const byCategory = categoryRank[a.category] - categoryRank[b.category];
  if (byCategory !== 0) return byCategory;
  if (a.category === 'head' && b.category === 'head') {
    const ra = a.territoryId ? (order.territories.get(a.territoryId)?.rotationIndex ?? 99) : 99;
    const rb = b.territoryId ? (order.territories.get(b.territoryId)?.rotationIndex ?? 99) : 99;
    if (ra !== rb) return ra - rb;
  }
  const pa = order.persons.get(a.personId);
  const pb = order.persons.get(b.personId);
  const nameA = pa ? `${pa.lastName} ${pa.firstName}` : '';
  const nameB = pb ? `${pb.lastName} ${pb.firstName}` : '';
  return germanOrder.compare(nameA, nameB) || a.id.localeCompare(b.id);
}
