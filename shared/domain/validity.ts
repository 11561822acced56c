/**
 * "Who was a member" is always asked as of a date: validFrom <= date < validTo (validTo exclusive,
 * empty = open-ended). ISO dates compare correctly as text.
 */
export interface ValidityPeriod {
  validFrom: string;
  validTo?: string | undefined;
}

export function isValidOn(period: ValidityPeriod, date: string): boolean {
  return period.validFrom <= date && (!period.validTo || date < period.validTo);
}

/** Two half-open periods overlap when each starts before the other ends. */
export function periodsOverlap(a: ValidityPeriod, b: ValidityPeriod): boolean {
  const aStartsBeforeBEnds = !b.validTo || a.validFrom < b.validTo;
  const bStartsBeforeAEnds = !a.validTo || b.validFrom < a.validTo;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}
