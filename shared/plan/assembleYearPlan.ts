import type { Body } from '../domain/membership';
import type { BlockedPeriod, CancelPolicy, HolidayPolicy, Plan, PlanRule } from '../domain/plan';
import type { Sitting } from '../domain/sitting';
import type { Territory } from '../domain/territory';
import { buildYearPlan, yearPlanSittings } from './buildYearPlan';
import { continueRotation, type RotationSitting } from './rotation';

/** What the plan form collects: the plan's own fields, a venue per host, an empty first host = continue the rotation. */
export interface YearPlanChoices {
  body: Body;
  rule: PlanRule;
  skipMonths: readonly number[];
  rotationOrder: string[];
  startTerritoryId: string;
  holidayPolicy: HolidayPolicy;
  cancelPolicy: CancelPolicy;
  venues: readonly { territoryId: string; venue: string }[];
  blockedPeriods: BlockedPeriod[];
}

export interface AssembledYearPlan {
  plan: Plan;
  sittings: Sitting[];
  /** Territories whose default venue the form changed: saved with the plan, remembered for next year. */
  changedTerritories: Territory[];
}

/**
 * Creating a year plan, without a screen or a database: the plan row, its sittings (dates, hosts,
 * venues) and the territories whose venue changed. An empty first host continues the rotation
 * after the sittings of earlier years. Pure: ids and the instant come from the caller.
 */
export function assembleYearPlan(input: {
  year: number;
  choices: YearPlanChoices;
  earlierSittings: readonly RotationSitting[];
  territories: readonly Territory[];
  newId: () => string;
  now: string;
}): AssembledYearPlan {
  const { year, choices, territories, newId, now } = input;
  const start = choices.startTerritoryId || continueRotation(input.earlierSittings, choices.rotationOrder, year).territoryId;
  const plan: Plan = {
    id: newId(),
    updatedAt: now,
    year,
    body: choices.body,
    rule: choices.rule,
    skipMonths: [...choices.skipMonths].sort((a, b) => a - b),
    rotationOrder: choices.rotationOrder,
    startTerritoryId: start,
    holidayPolicy: choices.holidayPolicy,
    blockedPeriods: choices.blockedPeriods,
    cancelPolicy: choices.cancelPolicy,
  };
  const venue = (id: string) => choices.venues.find((v) => v.territoryId === id)?.venue ?? '';
  const rows = buildYearPlan({ ...plan, startTerritoryId: start });
  const sittings = yearPlanSittings(plan, rows, { idFor: () => newId(), venueOf: venue, now });
  const changedTerritories = territories
    .filter((territory) => venue(territory.id) && venue(territory.id) !== territory.defaultVenue)
    .map((territory) => ({ ...territory, defaultVenue: venue(territory.id) }));
  return { plan, sittings, changedTerritories };
}
