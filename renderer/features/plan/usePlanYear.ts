import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../../shared/domain/plan';
import type { Settings } from '../../../shared/domain/settings';
import type { Sitting } from '../../../shared/domain/sitting';
import type { Territory } from '../../../shared/domain/territory';
import { useDatabase } from '../../app/DatabaseContext';
import { readSettings } from '../../db/repositories/settingsRepository';

export interface PlanYearData {
  year: number;
  plan: Plan | undefined;
  /** The plan of the year before (its rule and rotation are the defaults for a new plan). */
  previousPlan: Plan | undefined;
  /** Every sitting of the year, by date. */
  sittings: Sitting[];
  /** Every sitting of all years (fairness over all years, continuing the rotation). */
  allSittings: Sitting[];
  /** In rotation order (rotationIndex). */
  territories: Territory[];
  settings: Settings;
}

const byDate = (a: Sitting, b: Sitting) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start);

export function usePlanYear(year: number): PlanYearData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [plans, previousPlans, allSittings, territories, settings] = await Promise.all([
      db.domain('plans').where('year').equals(year).toArray(),
      db.domain('plans').where('year').equals(year - 1).toArray(),
      db.domain('sittings').orderBy('date').toArray(),
      db.domain('territories').orderBy('rotationIndex').toArray(),
      readSettings(db),
    ]);
    allSittings.sort(byDate);
    return {
      year,
      plan: plans[0],
      previousPlan: previousPlans[0],
      sittings: allSittings.filter((s) => s.date.startsWith(`${year}-`)),
      allSittings,
      territories,
      settings,
    };
  }, [db, year]);
}

/** Names and venues of the territories, for the plan functions of shared/plan. */
export function territoryLookup(territories: readonly Territory[]) {
  const byId = new Map(territories.map((t) => [t.id, t]));
  return {
    byId,
    hostName: (id: string | undefined) => (id ? (byId.get(id)?.name ?? '') : ''),
    venueOf: (id: string) => byId.get(id)?.defaultVenue ?? '',
  };
}
