import type { DateWarningContext } from '../../../shared/plan/dateWarnings';
import type { ChangeContext } from '../../../shared/plan/sittingChanges';
import { todayIso } from '../../app/format/dates';
import { territoryLookup, type PlanYearData } from './usePlanYear';

/** What the change panels need from the year: names and venues, and the context for date warnings. */
export function planChangeContext(data: PlanYearData): ChangeContext & { warningContext: DateWarningContext } {
  const lookup = territoryLookup(data.territories);
  return {
    hostName: lookup.hostName,
    venueOf: lookup.venueOf,
    warningContext: {
      sittings: data.allSittings,
      blockedPeriods: data.plan?.blockedPeriods ?? [],
      today: todayIso(),
      noticePeriodDays: data.settings.noticePeriodDays,
    },
  };
}
