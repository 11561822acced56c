import type { BlockedPeriod } from '../domain/plan';
import type { DayObstacle } from '../domain/planReason';
import { isWeekend, type IsoDate } from '../dates/isoDates';
import { saxonHolidayName } from './saxonHolidays';

export function findBlockedPeriod(date: IsoDate, periods: readonly BlockedPeriod[]): BlockedPeriod | undefined {
  return periods.find((p) => p.from <= date && date <= p.to);
}

/** The first reason the day is unsuitable (weekend, Saxon public holiday, blocked period), if any. */
export function dayObstacle(date: IsoDate, blockedPeriods: readonly BlockedPeriod[]): DayObstacle | undefined {
  if (isWeekend(date)) return { kind: 'weekend' };
  const holiday = saxonHolidayName(date);
  if (holiday) return { kind: 'holiday', name: holiday };
  const blocked = findBlockedPeriod(date, blockedPeriods);
  if (blocked) return { kind: 'blocked', label: blocked.label };
  return undefined;
}
