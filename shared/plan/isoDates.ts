/**
 * Calendar arithmetic on ISO dates ("2026-03-11") in UTC, so the result never depends on the
 * time zone of the PC running it: planning must give the same dates everywhere.
 */
export type IsoDate = string;

function toUtc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromUtc(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const day = toUtc(date).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 1 … 12 */
export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from a to b (b later → positive). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
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
