import { addDays } from '../dates/isoDates';
import { germanDate } from '../dates/germanDates';
import type { ValidityPeriod } from './validity';

/**
 * Periods are stored half-open (validTo is the first day without), but people think in last days:
 * "Mitglied vom 28.04.2025 bis 30.09.2026". These helpers convert between the two and write the
 * German text used in messages, CSV and print. The UI formats through renderer/app/format/dates.ts.
 */

/** The last day of a period that ends before `validTo` (exclusive end → inclusive last day). */
export function lastDayOf(validTo: string): string {
  return addDays(validTo, -1);
}

/** The stored exclusive end for a period whose last day is `lastDay`. */
export function validToAfter(lastDay: string): string {
  return addDays(lastDay, 1);
}

/** Only the dates of a row or period (a message's parameters carry no ids). */
export function periodDates(period: ValidityPeriod): ValidityPeriod {
  return period.validTo ? { validFrom: period.validFrom, validTo: period.validTo } : { validFrom: period.validFrom };
}

/** "seit 28.04.2025" or "28.04.2025 – 30.09.2026" (last day inclusive). */
export function germanPeriod(period: ValidityPeriod): string {
  return period.validTo
    ? `${germanDate(period.validFrom)} – ${germanDate(lastDayOf(period.validTo))}`
    : `seit ${germanDate(period.validFrom)}`;
}

/** The days two periods share (assumes they overlap). */
export function sharedPeriod(a: ValidityPeriod, b: ValidityPeriod): ValidityPeriod {
  const validFrom = a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const ends = [a.validTo, b.validTo].filter((end): end is string => !!end).sort();
  return ends[0] ? { validFrom, validTo: ends[0] } : { validFrom };
}

/** "ab 01.10.2026" or "vom 01.09.2026 bis 30.09.2026": the days of an overlap, spelled out. */
export function germanSpan(period: ValidityPeriod): string {
  if (!period.validTo) return `ab ${germanDate(period.validFrom)}`;
  const last = lastDayOf(period.validTo);
  return last === period.validFrom ? `am ${germanDate(last)}` : `vom ${germanDate(period.validFrom)} bis ${germanDate(last)}`;
}
