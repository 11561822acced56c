import type { Plan } from '../domain/plan';
import type { Sitting } from '../domain/sitting';
import { hostSequence } from './rotation';
import { scheduleMonths, type MonthSlot, type ScheduleInput } from './scheduleMonths';

export interface YearPlanInput extends ScheduleInput {
  rotationOrder: readonly string[];
  startTerritoryId: string;
}

/** One of the twelve rows of the preview: the month's slot and, when it has a date, its host. */
export type YearPlanRow = MonthSlot & { hostTerritoryId?: string };

/**
 * The year plan: twelve rows, one per month. Hosts follow the rotation over the sittings that
 * take place, so a month without a sitting does not cost anyone a turn. Pure: the same input
 * always gives the same plan.
 */
export function buildYearPlan(input: YearPlanInput): YearPlanRow[] {
  const slots = scheduleMonths(input);
  const dated = slots.filter((s) => s.kind === 'regular' || s.kind === 'moved').length;
  const hosts = hostSequence(input.rotationOrder, input.startTerritoryId, dated);
  let next = 0;
  return slots.map((slot) => (slot.kind === 'regular' || slot.kind === 'moved' ? { ...slot, hostTerritoryId: hosts[next++] } : slot));
}

/**
 * The rows that have a date, as sittings of the plan (status 'planned'). `idFor` gives each its id.
 * Their title stays empty: the UI names an untitled sitting after its body in its own language
 * ("Sitzung des erweiterten Regionalkonvents"); a title is what the user types.
 */
export function yearPlanSittings(
  plan: Pick<Plan, 'id' | 'body' | 'rule'>,
  rows: readonly YearPlanRow[],
  options: { idFor: (month: number) => string; venueOf: (territoryId: string) => string; now: string },
): Sitting[] {
  const sittings: Sitting[] = [];
  for (const row of rows) {
    if (row.kind !== 'regular' && row.kind !== 'moved') continue;
    sittings.push({
      id: options.idFor(row.month),
      updatedAt: options.now,
      planId: plan.id,
      body: plan.body,
      title: '',
      date: row.date,
      start: plan.rule.start,
      end: plan.rule.end,
      ...(row.hostTerritoryId ? { hostTerritoryId: row.hostTerritoryId, venue: options.venueOf(row.hostTerritoryId) } : { venue: '' }),
      status: 'planned',
      ...(row.kind === 'moved' ? { planReasons: [row.reason] } : {}),
      calendarSequence: 0,
    });
  }
  return sittings;
}
