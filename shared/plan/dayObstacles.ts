import type { BlockedPeriod } from '../domain/plan';
import { isWeekend, type IsoDate } from '../dates/isoDates';
import { saxonHolidayName } from './saxonHolidays';

/** Why a day is not a good day for a sitting. */
export type DayObstacle =
  | { kind: 'weekend' }
  | { kind: 'holiday'; name: string }
  | { kind: 'blocked'; label: string };

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

/** "Feiertag: Buß- und Bettag" — the reason as the plan shows it. */
export function obstacleText(obstacle: DayObstacle): string {
  switch (obstacle.kind) {
    case 'weekend':
      return 'Wochenende';
    case 'holiday':
      return `Feiertag: ${obstacle.name}`;
    case 'blocked':
      return `Sperrzeit: ${obstacle.label}`;
  }
}
