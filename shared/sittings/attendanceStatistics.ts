import type { Deputy, Membership } from '../domain/membership';
import type { Person } from '../domain/person';
import type { Attendance, Sitting } from '../domain/sitting';
import type { Territory } from '../domain/territory';
import { rosterIndex, sittingRoster } from './sittingRoster';

export interface AttendanceCounts {
  /** Sittings in the period at which the member (or a member of the territory) had a seat. */
  sittings: number;
  present: number;
  represented: number;
  excused: number;
  absent: number;
  /** Seats without a recorded status. */
  unrecorded: number;
  /** represented ÷ seats with a recorded status; null when nothing was recorded. */
  representationRate: number | null;
}

export interface MemberStatistics extends AttendanceCounts {
  personId: string;
  /** Territories of the person's memberships in the period (usually one or none). */
  territoryIds: string[];
}

export interface TerritoryStatistics extends AttendanceCounts {
  /** null: the members without a territory (personalities, permanent members). */
  territoryId: string | null;
}

export interface AttendanceStatistics {
  /** The sittings counted, oldest first. */
  sittings: Sitting[];
  members: MemberStatistics[];
  territories: TerritoryStatistics[];
}

export interface StatisticsInput {
  sittings: readonly Sitting[];
  memberships: readonly Membership[];
  deputies: readonly Deputy[];
  persons: readonly Person[];
  territories: readonly Territory[];
  attendance: readonly Attendance[];
  /** Period, both days included (ISO dates). */
  from: string;
  to: string;
}

/**
 * The sittings a period's statistics count: not cancelled, within the period, and either marked held or
 * with at least one recorded attendance (a sitting whose attendance was recorded took place).
 */
export function countedSittings(sittings: readonly Sitting[], attendance: readonly Attendance[], from: string, to: string): Sitting[] {
  const withAttendance = new Set(attendance.map((a) => a.sittingId));
  return sittings
    .filter((s) => s.status !== 'cancelled' && s.date >= from && s.date <= to && (s.status === 'held' || withAttendance.has(s.id)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
}

const emptyCounts = (): AttendanceCounts => ({
  sittings: 0,
  present: 0,
  represented: 0,
  excused: 0,
  absent: 0,
  unrecorded: 0,
  representationRate: null,
});

function withRate<T extends AttendanceCounts>(counts: T): T {
  const recorded = counts.sittings - counts.unrecorded;
  return { ...counts, representationRate: recorded > 0 ? counts.represented / recorded : null };
}

/**
 * Attendance per member (person) and per territory over a period: anwesend, vertreten, entschuldigt,
 * abwesend, not recorded, and the representation rate. A member counts at the sittings where they held
 * a seat on that day, so members who joined later are not counted as missing before.
 */
export function attendanceStatistics(input: StatisticsInput): AttendanceStatistics {
  const sittings = countedSittings(input.sittings, input.attendance, input.from, input.to);
  const order = {
    persons: new Map(input.persons.map((p) => [p.id, p])),
    territories: new Map(input.territories.map((t) => [t.id, t])),
    // The register swept once: a roster per sitting without scanning every membership and deputy.
    index: rosterIndex(input.memberships, input.deputies),
  };
  const byPerson = new Map<string, MemberStatistics>();
  const byTerritory = new Map<string | null, TerritoryStatistics>();
  /** Per territory, the sittings at which it had a seat: "Sitzungen" counts sittings, not member attendances. */
  const territorySittings = new Map<string | null, Set<string>>();
  // Attendance grouped by sitting once, so each roster reads only its own rows (not all of them).
  const attendanceBySitting = new Map<string, Attendance[]>();
  for (const row of input.attendance) {
    const rows = attendanceBySitting.get(row.sittingId);
    if (rows) rows.push(row);
    else attendanceBySitting.set(row.sittingId, [row]);
  }
  for (const sitting of sittings) {
    const seats = sittingRoster(sitting, input.memberships, input.deputies, attendanceBySitting.get(sitting.id) ?? [], order);
    for (const seat of seats) {
      const { personId, territoryId } = seat.membership;
      let member = byPerson.get(personId);
      if (!member) {
        member = { ...emptyCounts(), personId, territoryIds: [] };
        byPerson.set(personId, member);
      }
      if (territoryId && !member.territoryIds.includes(territoryId)) member.territoryIds.push(territoryId);
      const territoryKey = territoryId ?? null;
      let territory = byTerritory.get(territoryKey);
      if (!territory) {
        territory = { ...emptyCounts(), territoryId: territoryKey };
        byTerritory.set(territoryKey, territory);
      }
      const seen = territorySittings.get(territoryKey) ?? new Set<string>();
      seen.add(sitting.id);
      territorySittings.set(territoryKey, seen);
      for (const counts of [member, territory]) {
        counts.sittings += 1;
        const status = seat.attendance?.status;
        if (status) counts[status] += 1;
        else counts.unrecorded += 1;
      }
    }
  }
  const personName = (id: string) => {
    const p = order.persons.get(id);
    return p ? `${p.lastName} ${p.firstName}` : id;
  };
  const rotation = (id: string | null) => (id === null ? 99 : (order.territories.get(id)?.rotationIndex ?? 98));
  return {
    sittings,
    members: [...byPerson.values()].map(withRate).sort((a, b) => personName(a.personId).localeCompare(personName(b.personId), 'de')),
    territories: [...byTerritory.values()]
      .map((t) => ({ ...withRate(t), sittings: territorySittings.get(t.territoryId)?.size ?? 0 }))
      .sort((a, b) => rotation(a.territoryId) - rotation(b.territoryId)),
  };
}
