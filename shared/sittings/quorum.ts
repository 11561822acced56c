import type { Settings } from '../domain/settings';
import type { RosterSeat } from './sittingRoster';

export type QuorumRule = Settings['quorumRule'];

export interface QuorumResult {
  rule: QuorumRule;
  reached: boolean;
  /** Members of the sitting (as of its date). */
  members: number;
  /** Members present or represented. */
  attending: number;
  /** majorityOfMembers: more than half of the members; allTerritories: the number of territories. */
  required: number;
  /** Territories whose head is present or represented (ids). */
  territoriesAttending: string[];
  /** Territories whose head is neither present nor represented, or whose seat is vacant (ids). */
  territoriesMissing: string[];
}

const attends = (seat: RosterSeat) => seat.attendance?.status === 'present' || seat.attendance?.status === 'represented';

/**
 * Beschlussfähigkeit, live from the recorded attendance.
 * - majorityOfMembers: more than half of the sitting's members are present or represented.
 * - allTerritories: every territory is there through its head (in person or by a deputy). The
 *   personalities assigned to a territory do not stand for it.
 * A sitting without members is never quorate.
 */
export function evaluateQuorum(rule: QuorumRule, seats: readonly RosterSeat[], territoryIds: readonly string[]): QuorumResult {
  const attending = seats.filter(attends).length;
  const headsAttending = new Set(
    seats.filter((s) => s.membership.category === 'head' && s.membership.territoryId && attends(s)).map((s) => s.membership.territoryId!),
  );
  const territoriesAttending = territoryIds.filter((id) => headsAttending.has(id));
  const territoriesMissing = territoryIds.filter((id) => !headsAttending.has(id));
  if (rule === 'allTerritories') {
    return {
      rule,
      reached: territoryIds.length > 0 && territoriesMissing.length === 0,
      members: seats.length,
      attending,
      required: territoryIds.length,
      territoriesAttending,
      territoriesMissing,
    };
  }
  const required = Math.floor(seats.length / 2) + 1;
  return {
    rule,
    reached: seats.length > 0 && attending >= required,
    members: seats.length,
    attending,
    required,
    territoriesAttending,
    territoriesMissing,
  };
}
