import type { BlockedPeriod, HolidayPolicy, PlanRule } from '../domain/plan';
import type { DayObstacle, PlanReason } from '../domain/planReason';
import { dayObstacle } from './dayObstacles';
import { addDays, monthOf, nthWeekdayOfMonth, type IsoDate } from '../dates/isoDates';

/** Why the plan moved a date within its month (the reason stored on the sitting). */
export type ScheduleMove = Extract<PlanReason, { code: 'scheduleMoved' }>;

/** One month of the year plan, before hosts are assigned. The UI words each case in its language. */
export type MonthSlot =
  | { month: number; kind: 'skipped' }
  | { month: number; kind: 'regular'; ruleDate: IsoDate; date: IsoDate }
  | { month: number; kind: 'moved'; ruleDate: IsoDate; date: IsoDate; obstacle: DayObstacle; reason: ScheduleMove }
  | { month: number; kind: 'noDate'; ruleDate: IsoDate; obstacle: DayObstacle };

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

/** The twelve months of the year: the rule's day, or where and why it moved, or why there is none. */
export function scheduleMonths(input: ScheduleInput): MonthSlot[] {
  const slots: MonthSlot[] = [];
  for (let month = 1; month <= 12; month += 1) {
    if (input.skipMonths.includes(month)) {
      slots.push({ month, kind: 'skipped' });
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
      const reason: ScheduleMove = { code: 'scheduleMoved', ruleDate, date: found.date, obstacle, policy: input.holidayPolicy, earlier: found.earlier };
      slots.push({ month, kind: 'moved', ruleDate, date: found.date, obstacle, reason });
    } else {
      slots.push({ month, kind: 'noDate', ruleDate, obstacle });
    }
  }
  return slots;
}
