import type { Sitting } from '../domain/sitting';
import type { IsoDate } from '../dates/isoDates';
import { PlanConflictError } from './planConflict';

type Dated = Pick<Sitting, 'date' | 'status'>;

/**
 * The dates of a new plan that lie before today. A plan never creates them as "geplant": a sitting
 * planned for a day that has passed would stay "geplant" for ever and count in the rotation, the
 * statistics and the fairness view as if it were still to come.
 */
export function pastPlanDates(sittings: readonly Dated[], today: IsoDate): IsoDate[] {
  return sittings.filter((s) => s.status === 'planned' && s.date < today).map((s) => s.date);
}

/** "Nur künftige Termine anlegen": the plan's sittings from today on, as the preview showed them. */
export function futureSittingsOnly<T extends Dated>(sittings: readonly T[], today: IsoDate): T[] {
  return sittings.filter((s) => s.date >= today);
}

/** The guard inside the transaction that saves a plan: no sitting of it is "geplant" on a past day. */
export function assertNoPastPlannedSittings(sittings: readonly Dated[], today: IsoDate): void {
  const dates = pastPlanDates(sittings, today);
  if (dates.length > 0) throw new PlanConflictError({ code: 'pastDatesPlanned', dates });
}
