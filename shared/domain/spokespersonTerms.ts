import type { Role } from './membership';
import { periodDates, sharedPeriod } from './periodText';
import { named, ruleMessage } from './validationCodes';
import { isValidOn, periodsOverlap } from './validity';

/**
 * "Sprecher des Regionalkonvents" rotates. A new term starting while the previous one is still
 * open ends that one on the new term's first day (like a succession); any other overlap is refused
 * with a message naming it.
 */
export interface SpokespersonTermPlan {
  ok: true;
  put: Role[];
}

export interface SpokespersonTermProblem {
  ok: false;
  field: 'validFrom' | 'validTo';
  /** A validation code with its parameters (shared/domain/validationCodes.ts). */
  message: string;
}

export function planSpokespersonTerm(
  roles: readonly Role[],
  candidate: Role,
  nameOf: (personId: string) => string | undefined,
  /** New terms end the running one; an edited term never silently shortens another. */
  options: { endRunningTerm: boolean } = { endRunningTerm: true },
): SpokespersonTermPlan | SpokespersonTermProblem {
  const terms = roles.filter((r) => r.kind === candidate.kind && r.id !== candidate.id);
  const put: Role[] = [candidate];
  const adjusted = terms.map((term) => {
    const openBefore = options.endRunningTerm && !term.validTo && term.validFrom < candidate.validFrom;
    if (!openBefore) return term;
    const ended = { ...term, validTo: candidate.validFrom };
    put.push(ended);
    return ended;
  });
  const clash = adjusted.find((term) => periodsOverlap(term, candidate));
  if (clash) {
    return {
      ok: false,
      field: 'validFrom',
      message: ruleMessage('spokespersonOverlap', {
        ...named(nameOf(clash.personId)),
        period: periodDates(clash),
        shared: periodDates(sharedPeriod(clash, candidate)),
      }),
    };
  }
  return { ok: true, put };
}

/** The role holder on a date, if any. */
export function roleHolderAsOf(roles: readonly Role[], kind: Role['kind'], date: string): Role | undefined {
  return roles.find((r) => r.kind === kind && isValidOn(r, date));
}
