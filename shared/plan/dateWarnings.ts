import type { BlockedPeriod } from '../domain/plan';
import type { Sitting } from '../domain/sitting';
import { findBlockedPeriod } from './dayObstacles';
import { daysBetween, isWeekend, type IsoDate } from '../dates/isoDates';
import { saxonHolidayName } from './saxonHolidays';

/** What the user should know before a sitting goes to a date. The UI words them. */
export type DateWarning =
  | { kind: 'weekend' }
  | { kind: 'holiday'; name: string }
  | { kind: 'blocked'; label: string }
  | { kind: 'otherSitting'; sitting: Sitting }
  | { kind: 'sameMonth'; sitting: Sitting }
  | { kind: 'past' }
  | { kind: 'noticePeriod'; daysLeft: number; noticePeriodDays: number };

export interface DateWarningContext {
  /** Every other sitting (the one being moved may be among them; it is ignored). */
  sittings: readonly Sitting[];
  blockedPeriods: readonly BlockedPeriod[];
  today: IsoDate;
  noticePeriodDays: number;
}

/**
 * Warnings for putting a sitting (`sittingId`, undefined for a new one) of `body` on `date`:
 * weekend, Saxon public holiday, blocked period, another sitting that day or in that month of
 * the same body, a date in the past, or too close to keep the notice period (Ladungsfrist).
 */
export function dateWarnings(
  date: IsoDate,
  sitting: { id?: string | undefined; body: Sitting['body'] },
  context: DateWarningContext,
): DateWarning[] {
  const warnings: DateWarning[] = [];
  if (isWeekend(date)) warnings.push({ kind: 'weekend' });
  const holiday = saxonHolidayName(date);
  if (holiday) warnings.push({ kind: 'holiday', name: holiday });
  const blocked = findBlockedPeriod(date, context.blockedPeriods);
  if (blocked) warnings.push({ kind: 'blocked', label: blocked.label });
  const others = context.sittings.filter((s) => s.id !== sitting.id && s.status !== 'cancelled');
  const sameDay = others.find((s) => s.date === date);
  if (sameDay) warnings.push({ kind: 'otherSitting', sitting: sameDay });
  const sameMonth = others.find((s) => s.date !== date && s.body === sitting.body && s.date.slice(0, 7) === date.slice(0, 7));
  if (!sameDay && sameMonth) warnings.push({ kind: 'sameMonth', sitting: sameMonth });
  const daysLeft = daysBetween(context.today, date);
  if (daysLeft < 0) warnings.push({ kind: 'past' });
  else if (daysLeft < context.noticePeriodDays) warnings.push({ kind: 'noticePeriod', daysLeft, noticePeriodDays: context.noticePeriodDays });
  return warnings;
}
