import type { Sitting } from '../../../../shared/domain/sitting';
import { stableId } from '../../../../shared/domain/stableId';
import { buildYearPlan, yearPlanSittings, type YearPlanInput } from '../../../../shared/plan/buildYearPlan';
import { planNotesText } from '../../../../renderer/app/format/planNotes';
import { catalogs } from '../../../fixtures/catalogs';

export const territoryIds = ['Z', 'MS', 'ERZ', 'V', 'C'].map((key) => stableId(`territory:${key}`));
export const [Z, MS, ERZ, V, C] = territoryIds as [string, string, string, string, string];
export const keyOf = (id: string | undefined) => ['Z', 'MS', 'ERZ', 'V', 'C'][territoryIds.indexOf(id ?? '')] ?? '?';

export const context = {
  venueOf: (id: string) => `Ort ${keyOf(id)}`,
  hostName: (id: string | undefined) => `Gebiet ${keyOf(id)}`,
};

/** The plan's notes on a sitting as the UI shows them (reasons are stored as data). */
export const notes = (sitting: Sitting | undefined, language: 'de' | 'en' = 'de') =>
  sitting ? planNotesText(sitting, { messages: catalogs[language], language, hostName: context.hostName }) : undefined;

export function planSittings(input: YearPlanInput, planKey = `plan:${input.year}`): Sitting[] {
  const planId = stableId(planKey);
  return yearPlanSittings(
    { id: planId, body: 'extended', rule: { weekday: 3, ordinal: 2, start: '14:00', end: '16:00' } },
    buildYearPlan(input),
    { idFor: (month) => stableId(`${planKey}:${month}`), venueOf: context.venueOf, now: '2026-01-01T00:00:00.000Z' },
  );
}
