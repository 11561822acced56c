import { addDays as addDaysToDate, addMonths as addMonthsToDate, differenceInCalendarDays, format, getDaysInMonth, getISODay } from 'date-fns';

/**
 * The one home of calendar arithmetic on ISO dates ("2026-03-11"), through date-fns. A date is a
 * calendar day, not an instant: it is read as local midnight and written back as a local day, so
 * the result is the same in every time zone and across daylight-saving changes (pinned in
 * test/unit/shared/dates/isoDates.test.ts under several zones).
 */
export type IsoDate = string;

function toDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function toIso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return toIso(new Date(year, month - 1, day));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(addDaysToDate(toDate(date), days));
}

/** The same day n months later (or earlier), kept inside the month: 31 January + 1 → 28/29 February. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return toIso(addMonthsToDate(toDate(date), months));
}

/** True when "yyyy-mm-dd" names a day of the calendar (no 31 April, no 29 February 2026). */
export function isRealIsoDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  // setFullYear, not the Date constructor: that maps the years 0–99 to 1900–1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return getISODay(toDate(date));
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/** 1 … 12 */
export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1));
}

/**
 * The n-th given weekday of a month (ordinal 1…4), or the last one (ordinal -1).
 * "2. Mittwoch im März 2026" → 2026-03-11.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, ordinal: number): IsoDate {
  if (ordinal === -1) {
    const last = isoDate(year, month, daysInMonth(year, month));
    const back = (isoWeekday(last) - weekday + 7) % 7;
    return addDays(last, -back);
  }
  const first = isoDate(year, month, 1);
  const forward = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, forward + (ordinal - 1) * 7);
}
