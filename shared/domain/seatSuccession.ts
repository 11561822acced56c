import type { Deputy, Membership } from './membership';
import { findSeatOverlap } from './membersAsOf';
import { lastDayOf } from './periodText';
import { seatOverlapMessage } from './seatOverlapMessage';
import { ruleMessage } from './validationCodes';

/**
 * "Nachfolge eintragen": the holder of a seat changes on a date. The old membership ends on that
 * date (validTo, exclusive: its last day is the day before), the successor's membership starts on
 * it, on the same seat, with the same body, category and territory.
 *
 * Standing deputies belong to a membership, but in life they usually serve the office (the Erster
 * Beigeordneter stays when the Landrat changes). So the caller chooses which deputies carry over:
 * a carried deputy's entry ends with the old membership and a new entry with the same person and
 * order starts with the successor. Deputies not carried end with the old membership. Deputy
 * entries that would only have started after the change move to the successor when carried and
 * are removed otherwise (they could never be valid). The successor cannot be their own deputy.
 */
export interface SuccessionInput {
  current: Membership;
  /** All memberships of the seat (the current one included): a successor must not overlap them. */
  seatMemberships: readonly Membership[];
  /** Deputy entries of the current membership. */
  deputies: readonly Deputy[];
  successorPersonId: string;
  successorMembershipId: string;
  /** First day of the successor. */
  changeDate: string;
  carryOverDeputyIds: readonly string[];
  /** Display names for messages, by person id. */
  nameOf: (personId: string) => string | undefined;
  newId: () => string;
}

export interface SuccessionPlan {
  ok: true;
  endedMembership: Membership;
  successorMembership: Membership;
  /** Deputy rows to write (ended, moved or new). */
  putDeputies: Deputy[];
  /** Deputy rows to remove (would only have started after the change and were not carried over). */
  removeDeputies: Deputy[];
}

export interface SuccessionProblem {
  ok: false;
  field: 'changeDate' | 'successorPersonId';
  /** A validation code with its parameters (shared/domain/validationCodes.ts). */
  message: string;
}

/** Deputy entries still running on or after the change date: the ones a succession affects. */
export function deputiesAffectedBySuccession(deputies: readonly Deputy[], changeDate: string): Deputy[] {
  return deputies.filter((d) => !d.validTo || d.validTo > changeDate).sort((a, b) => a.position - b.position);
}

export function planSuccession(input: SuccessionInput): SuccessionPlan | SuccessionProblem {
  const { current, changeDate } = input;
  if (input.successorPersonId === current.personId) {
    return { ok: false, field: 'successorPersonId', message: 'successorSamePerson' };
  }
  if (changeDate <= current.validFrom) {
    return {
      ok: false,
      field: 'changeDate',
      message: ruleMessage('changeBeforeStart', { from: current.validFrom }),
    };
  }
  if (current.validTo && changeDate > current.validTo) {
    return {
      ok: false,
      field: 'changeDate',
      message: ruleMessage('changeAfterEnd', { lastDay: lastDayOf(current.validTo), latest: current.validTo }),
    };
  }

  const endedMembership: Membership = { ...current, validTo: changeDate };
  const successorMembership: Membership = {
    id: input.successorMembershipId,
    updatedAt: current.updatedAt,
    personId: input.successorPersonId,
    seatId: current.seatId,
    body: current.body,
    category: current.category,
    ...(current.territoryId ? { territoryId: current.territoryId } : {}),
    validFrom: changeDate,
  };
  const others = input.seatMemberships.map((m) => (m.id === current.id ? endedMembership : m));
  const overlap = findSeatOverlap(successorMembership, others);
  if (overlap) {
    return {
      ok: false,
      field: 'changeDate',
      message: seatOverlapMessage(successorMembership, overlap.existing, input.nameOf(overlap.existing.personId)),
    };
  }

  const carry = new Set(input.carryOverDeputyIds);
  const putDeputies: Deputy[] = [];
  const removeDeputies: Deputy[] = [];
  let nextPosition = 1;
  for (const deputy of deputiesAffectedBySuccession(input.deputies.filter((d) => d.membershipId === current.id), changeDate)) {
    const carried = carry.has(deputy.id) && deputy.personId !== input.successorPersonId;
    const startsAfterChange = deputy.validFrom >= changeDate;
    if (startsAfterChange) {
      if (carried) putDeputies.push({ ...deputy, membershipId: successorMembership.id, position: nextPosition++ });
      else removeDeputies.push(deputy);
      continue;
    }
    putDeputies.push({ ...deputy, validTo: changeDate });
    if (carried) {
      putDeputies.push({
        id: input.newId(),
        updatedAt: deputy.updatedAt,
        membershipId: successorMembership.id,
        personId: deputy.personId,
        position: nextPosition++,
        validFrom: changeDate,
        ...(deputy.validTo ? { validTo: deputy.validTo } : {}),
      });
    }
  }
  return { ok: true, endedMembership, successorMembership, putDeputies, removeDeputies };
}
