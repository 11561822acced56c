import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../../shared/domain/plan';
import { sittingSchema } from '../../../../shared/domain/sitting';
import { stableId } from '../../../../shared/domain/stableId';
import { territorySchema, type Territory } from '../../../../shared/domain/territory';
import { assembleYearPlan, type YearPlanChoices } from '../../../../shared/plan/assembleYearPlan';
import { C, ERZ, keyOf, MS, planSittings, territoryIds, V, Z } from './planFixtures';

const now = '2026-01-05T09:00:00.000Z';
const territories: Territory[] = territoryIds.map((id, index) =>
  territorySchema.parse({
    id,
    updatedAt: now,
    key: keyOf(id),
    name: `Gebiet ${keyOf(id)}`,
    kind: 'Landkreis',
    headTitle: 'Landrat',
    seat: 'Sitz',
    defaultVenue: `Ort ${keyOf(id)}`,
    rotationIndex: index,
  }),
);

const choices: YearPlanChoices = {
  body: 'extended',
  rule: { weekday: 3, ordinal: 2, start: '14:00', end: '16:00' },
  skipMonths: [12, 8],
  rotationOrder: [Z, MS, ERZ, V, C],
  startTerritoryId: '',
  holidayPolicy: 'nextWorkingDay',
  cancelPolicy: 'keepsTurn',
  venues: territoryIds.map((id) => ({ territoryId: id, venue: id === V ? 'Landratsamt Plauen, Saal 2' : `Ort ${keyOf(id)}` })),
  blockedPeriods: [],
};

function assemble(overrides: Partial<YearPlanChoices> = {}) {
  let counter = 0;
  // Last year's plan: twelve sittings, hosts in rotation order from Z on.
  const earlierSittings = planSittings({
    year: 2025,
    rule: { weekday: 3, ordinal: 2 },
    skipMonths: [],
    holidayPolicy: 'nextWorkingDay',
    blockedPeriods: [],
    rotationOrder: [Z, MS, ERZ, V, C],
    startTerritoryId: Z,
  });
  return assembleYearPlan({
    year: 2026,
    choices: { ...choices, ...overrides },
    earlierSittings,
    territories,
    newId: () => stableId(`test:${counter++}`),
    now,
  });
}

describe('creating a year plan (without screen or database)', () => {
  it('writes a valid plan and one valid sitting per month that has one, with dates, hosts and venues', () => {
    const { plan, sittings } = assemble();
    expect(planSchema.parse(plan)).toEqual(plan);
    expect(plan.skipMonths).toEqual([8, 12]);
    expect(sittings).toHaveLength(10);
    for (const sitting of sittings) expect(sittingSchema.parse(sitting)).toMatchObject({ planId: plan.id, status: 'planned' });
    expect(sittings[0]).toMatchObject({ date: '2026-01-14', start: '14:00', end: '16:00' });
    expect(new Set(sittings.map((s) => s.id)).size).toBe(10);
    const plauen = sittings.find((s) => s.hostTerritoryId === V);
    expect(plauen?.venue).toBe('Landratsamt Plauen, Saal 2');
  });

  it('continues the rotation after last year when no first host is chosen, and honours a chosen one', () => {
    // 2025: 12 sittings Z, MS, ERZ, V, C, Z, MS, ERZ, V, C, Z, MS → 2026 starts with ERZ.
    expect(assemble().plan.startTerritoryId).toBe(ERZ);
    expect(assemble().sittings.slice(0, 3).map((s) => keyOf(s.hostTerritoryId))).toEqual(['ERZ', 'V', 'C']);
    const chosen = assemble({ startTerritoryId: C });
    expect(chosen.plan.startTerritoryId).toBe(C);
    expect(chosen.sittings[0]?.hostTerritoryId).toBe(C);
  });

  it('remembers only the venues the form changed', () => {
    expect(assemble().changedTerritories).toEqual([{ ...territories[3], defaultVenue: 'Landratsamt Plauen, Saal 2' }]);
    expect(assemble({ venues: territoryIds.map((id) => ({ territoryId: id, venue: `Ort ${keyOf(id)}` })) }).changedTerritories).toEqual([]);
  });
});
