import type { Decision } from '../domain/minutes';

/** A decision's number in its body and year: "Beschluss Nr. 03/2026". */
export interface DecisionNumber {
  number: number;
  year: number;
}

/** "03/2026": two digits at least, as the convent's register of decisions writes them. */
export const formatDecisionNumber = ({ number, year }: DecisionNumber) => `${String(number).padStart(2, '0')}/${year}`;

/** The highest number already fixed for the year among the given decisions (0 if none). */
export function highestFixedNumber(decisions: readonly Pick<Decision, 'fixedNumber'>[], year: number): number {
  return decisions.reduce((max, d) => (d.fixedNumber && d.fixedNumber.year === year ? Math.max(max, d.fixedNumber.number) : max), 0);
}

/**
 * Numbers for the decisions of one sitting, in the document's order: a decision keeps a number
 * fixed at an earlier circulation; the others continue after the highest number fixed so far in the
 * body and year (`base`: the other sittings' decisions). Drafts print these as provisional; on
 * circulation they are stored (fixed) on the decisions.
 */
export function numberDecisions(
  ordered: readonly Pick<Decision, 'id' | 'fixedNumber'>[],
  year: number,
  base: number,
): Map<string, DecisionNumber & { fixed: boolean }> {
  let next = Math.max(base, highestFixedNumber(ordered, year));
  const result = new Map<string, DecisionNumber & { fixed: boolean }>();
  for (const decision of ordered) {
    if (decision.fixedNumber && decision.fixedNumber.year === year) {
      result.set(decision.id, { ...decision.fixedNumber, fixed: true });
    } else {
      next += 1;
      result.set(decision.id, { number: next, year, fixed: false });
    }
  }
  return result;
}
