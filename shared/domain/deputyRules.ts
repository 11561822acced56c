import type { Deputy, Membership } from './membership';
import { lastDayOf, periodDates } from './periodText';
import { named, ruleMessage } from './validationCodes';
import { periodsOverlap } from './validity';

/**
 * Rules for standing deputies of a seat holder. Whether a deputy counts on a date is decided by
 * deputiesAsOf (both the entry and the membership must be valid); these rules keep entries that
 * could never count, or that contradict each other, out of the register.
 */
export interface DeputyProblem {
  field: 'personId' | 'validFrom';
  /** A validation code with its parameters (shared/domain/validationCodes.ts). */
  message: string;
}

export function deputyProblem(
  candidate: Pick<Deputy, 'id' | 'personId' | 'validFrom' | 'validTo'>,
  membership: Membership,
  deputiesOfMembership: readonly Deputy[],
  nameOf: (personId: string) => string | undefined,
): DeputyProblem | undefined {
  if (candidate.personId === membership.personId) {
    return { field: 'personId', message: 'ownDeputy' };
  }
  if (candidate.validFrom < membership.validFrom) {
    return {
      field: 'validFrom',
      message: ruleMessage('deputyBeforeMembership', { from: membership.validFrom }),
    };
  }
  if (membership.validTo && candidate.validFrom >= membership.validTo) {
    return {
      field: 'validFrom',
      message: ruleMessage('deputyAfterMembership', { lastDay: lastDayOf(membership.validTo) }),
    };
  }
  const twice = deputiesOfMembership.find(
    (d) => d.id !== candidate.id && d.personId === candidate.personId && periodsOverlap(d, candidate),
  );
  if (twice) {
    return {
      field: 'personId',
      message: ruleMessage('deputyTwice', { ...named(nameOf(candidate.personId)), period: periodDates(twice) }),
    };
  }
  return undefined;
}

/** Position for a new deputy: after the last one. */
export function nextDeputyPosition(deputiesOfMembership: readonly Deputy[]): number {
  return deputiesOfMembership.reduce((max, d) => Math.max(max, d.position), 0) + 1;
}

/**
 * Moves a deputy one place up or down among the deputies of its membership. Positions are
 * renumbered 1…n first (so gaps or ties from older data do not matter); returns the rows whose
 * position changed.
 */
export function moveDeputy(deputiesOfMembership: readonly Deputy[], deputyId: string, direction: 'up' | 'down'): Deputy[] {
  const ordered = [...deputiesOfMembership].sort((a, b) => a.position - b.position || a.validFrom.localeCompare(b.validFrom));
  const index = ordered.findIndex((d) => d.id === deputyId);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ordered.length) return [];
  const swapped = [...ordered];
  [swapped[index], swapped[target]] = [swapped[target]!, swapped[index]!];
  return swapped
    .map((d, i) => ({ ...d, position: i + 1 }))
    .filter((d) => deputiesOfMembership.find((o) => o.id === d.id)?.position !== d.position);
}
