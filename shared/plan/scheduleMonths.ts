import type { BlockedPeriod, HolidayPolicy, PlanRule } from '../domain/plan';
import { dayObstacle, obstacleText, type DayObstacle } from './dayObstacles';
import { germanDateWithWeekday, germanMonthName } from '../dates/germanDates';
import { addDays, daysBetween, monthOf, nthWeekdayOfMonth, type IsoDate } from '../dates/isoDates';

/** One month of the year plan, before hosts are assigned. */
export type MonthSlot =
  | { month: number; kind: 'skipped'; note: string }
  | { month: number; kind: 'regular'; ruleDate: IsoDate; date: IsoDate }
  | { month: number; kind: 'moved'; ruleDate: IsoDate; date: IsoDate; obstacle: DayObstacle; note: string }
  | { month: number; kind: 'noDate'; ruleDate: IsoDate; obstacle: DayObstacle; note: string };

export interface ScheduleInput {
  year: number;
  rule: Pick<PlanRule, 'weekday' | 'ordinal'>;
  skipMonths: readonly number[];
  holidayPolicy: HolidayPolicy;
  blockedPeriods: readonly BlockedPeriod[];
}

/**
 * Candidate days a policy tries, in order. Both policies keep the sitting in its month (the
 * convent meets monthly): first later days, then — when the month has no free later day —
 * earlier ones, so a month only goes without a sitting when no suitable day is left in it.
 */
function candidates(ruleDate: IsoDate, policy: HolidayPolicy): { date: IsoDate; earlier: boolean }[] {
  const step = policy === 'nextWorkingDay' ? 1 : 7;
  const month = monthOf(ruleDate);
  const out: { date: IsoDate; earlier: boolean }[] = [];
  for (let d = addDays(ruleDate, step); monthOf(d) === month; d = addDays(d, step)) out.push({ date: d, earlier: false });
  for (let d = addDays(ruleDate, -step); monthOf(d) === month; d = addDays(d, -step)) out.push({ date: d, earlier: true });
  return out;
}

function moveNote(ruleDate: IsoDate, date: IsoDate, obstacle: DayObstacle, policy: HolidayPolicy, earlier: boolean): string {
  const why = `${germanDateWithWeekday(ruleDate)} (${obstacleText(obstacle)})`;
  if (earlier) {
    return policy === 'nextWorkingDay'
      ? `Vorgezogen vom ${why} auf ${germanDateWithWeekday(date)}: danach kein freier Werktag mehr im Monat`
      : `Vorgezogen vom ${why} auf ${germanDateWithWeekday(date)}: später kein freier gleicher Wochentag im Monat`;
  }
  if (policy === 'nextWorkingDay') return `Verschoben vom ${why} auf ${germanDateWithWeekday(date)} (nächster freier Werktag)`;
  const weeks = daysBetween(ruleDate, date) / 7;
  return `Verschoben vom ${why} auf ${germanDateWithWeekday(date)} (gleicher Wochentag, ${weeks === 1 ? 'eine Woche' : `${weeks} Wochen`} später)`;
}

/** The twelve months of the year: the rule's day, or where and why it moved, or why there is none. */
export function scheduleMonths(input: ScheduleInput): MonthSlot[] {
  const slots: MonthSlot[] = [];
  for (let month = 1; month <= 12; month += 1) {
    if (input.skipMonths.includes(month)) {
      slots.push({ month, kind: 'skipped', note: `Keine Sitzung im ${germanMonthName(month)}` });
      continue;
    }
    const ruleDate = nthWeekdayOfMonth(input.year, month, input.rule.weekday, input.rule.ordinal);
    const obstacle = dayObstacle(ruleDate, input.blockedPeriods);
    if (!obstacle) {
      slots.push({ month, kind: 'regular', ruleDate, date: ruleDate });
      continue;
    }
    const found = candidates(ruleDate, input.holidayPolicy).find((c) => !dayObstacle(c.date, input.blockedPeriods));
    if (found) {
      slots.push({
        month,
        kind: 'moved',
        ruleDate,
        date: found.date,
        obstacle,
        note: moveNote(ruleDate, found.date, obstacle, input.holidayPolicy, found.earlier),
      });
    } else {
      slots.push({
        month,
        kind: 'noDate',
        ruleDate,
        obstacle,
        note: `Keine Sitzung: ${germanDateWithWeekday(ruleDate)} (${obstacleText(obstacle)}) und kein freier Ersatztermin im ${germanMonthName(month)}`,
      });
    }
  }
  return slots;
}
