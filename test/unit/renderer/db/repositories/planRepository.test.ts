import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { deletePlan, savePlanWithSittings, saveSittingChanges } from '../../../../../renderer/db/repositories/planRepository';
import { PlanConflictError } from '../../../../../shared/plan/planConflict';
import { futureSittingsOnly } from '../../../../../shared/plan/pastPlanDates';
import { ValidationError } from '../../../../../renderer/db/rowWriter';
import type { Plan } from '../../../../../shared/domain/plan';
import { buildYearPlan, yearPlanSittings } from '../../../../../shared/plan/buildYearPlan';
import { moveSitting, swapHosts } from '../../../../../shared/plan/sittingChanges';
import { stableId } from '../../../../../shared/domain/stableId';

/** The 2026 plan is made in December 2025: none of its dates has passed. */
const beforeThePlan = { today: '2025-12-01' };

async function setUp() {
  const db = new KonventDatabase(`plan-repo-${Math.random()}`);
  const demo = await loadDemoData(db);
  const order = demo.territories.map((t) => t.id);
  const plan: Plan = {
    id: stableId('plan:2026'),
    updatedAt: '2026-01-01T00:00:00.000Z',
    year: 2026,
    body: 'extended',
    rule: { weekday: 3, ordinal: 2, start: '14:00', end: '16:00' },
    skipMonths: [8],
    rotationOrder: order,
    startTerritoryId: order[1] as string,
    holidayPolicy: 'nextWorkingDay',
    blockedPeriods: [],
    cancelPolicy: 'keepsTurn',
  };
  const sittings = yearPlanSittings(plan, buildYearPlan(plan), {
    idFor: (month) => stableId(`sitting:2026:${month}`),
    venueOf: (id) => demo.territories.find((t) => t.id === id)?.seat ?? '',
    now: '2026-01-01T00:00:00.000Z',
  });
  return { db, plan, sittings, demo };
}

describe('planRepository', () => {
  it('saves a plan with its sittings and the changed venues in one go', async () => {
    const { db, plan, sittings, demo } = await setUp();
    const zwickau = { ...demo.territories[0]!, defaultVenue: 'Landratsamt Zwickau, Robert-Müller-Straße 4–8' };
    await savePlanWithSittings(db, plan, sittings, [zwickau], beforeThePlan);
    expect(await db.domain('plans').count()).toBe(1);
    expect(await db.domain('sittings').where('planId').equals(plan.id).count()).toBe(11);
    expect((await db.domain('territories').get(zwickau.id))?.defaultVenue).toBe(zwickau.defaultVenue);
  });

  it('writes nothing when a plan for the year exists or a row is invalid', async () => {
    const { db, plan, sittings } = await setUp();
    await savePlanWithSittings(db, plan, sittings, [], beforeThePlan);
    const again = { ...plan, id: stableId('plan:2026:second') };
    const otherSittings = sittings.map((s, i) => ({ ...s, id: stableId(`other:${i}`), planId: again.id }));
    await expect(savePlanWithSittings(db, again, otherSittings, [], beforeThePlan)).rejects.toBeInstanceOf(PlanConflictError);
    expect(await db.domain('sittings').count()).toBe(12); // 11 + the demo sitting of 2025

    const db2 = (await setUp()).db;
    const broken = [...sittings.slice(0, 5), { ...sittings[5]!, date: '2026-02-30' }];
    await expect(savePlanWithSittings(db2, plan, broken, [], beforeThePlan)).rejects.toBeInstanceOf(ValidationError);
    expect(await db2.domain('plans').count()).toBe(0);
    expect(await db2.domain('sittings').count()).toBe(1);
  });

  it('refuses a change based on an outdated row, and keeps both sittings of a swap unchanged then', async () => {
    const { db, plan, sittings } = await setUp();
    await savePlanWithSittings(db, plan, sittings, [], beforeThePlan);
    const [a, b] = await db.domain('sittings').where('planId').equals(plan.id).sortBy('date');
    await saveSittingChanges(db, [moveSitting(b!, { date: '2026-02-18', start: '14:00', end: '16:00' })], [b!]);
    await expect(saveSittingChanges(db, swapHosts(a!, b!), [a!, b!])).rejects.toBeInstanceOf(PlanConflictError);
    expect((await db.domain('sittings').get(a!.id))?.hostTerritoryId).toBe(a!.hostTerritoryId);
  });

  it('deletes a plan only while none of its sittings was invited or held', async () => {
    const { db, plan, sittings } = await setUp();
    await savePlanWithSittings(db, plan, sittings, [], beforeThePlan);
    const first = (await db.domain('sittings').get(sittings[0]!.id))!;
    await db.domain('sittings').put({ ...first, status: 'invited' });
    await expect(deletePlan(db, plan.id)).rejects.toBeInstanceOf(PlanConflictError);
    expect(await db.domain('sittings').where('planId').equals(plan.id).count()).toBe(11);
    await db.domain('sittings').put({ ...first, status: 'planned' });
    await deletePlan(db, plan.id);
    expect(await db.domain('plans').count()).toBe(0);
    expect(await db.domain('sittings').count()).toBe(1);
  });

  it('refuses to save sittings of a plan as "geplant" on days already past, and writes nothing then', async () => {
    const { db, plan, sittings } = await setUp();
    const today = '2026-03-12'; // the sittings of 14.01., 11.02. and 11.03.2026 have passed
    const refusal = await savePlanWithSittings(db, plan, sittings, [], { today }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PlanConflictError);
    expect((refusal as PlanConflictError).conflict).toEqual({ code: 'pastDatesPlanned', dates: ['2026-01-14', '2026-02-11', '2026-03-11'] });
    expect(await db.domain('plans').count()).toBe(0);
    expect(await db.domain('sittings').count()).toBe(1);

    await savePlanWithSittings(db, plan, futureSittingsOnly(sittings, today), [], { today });
    const saved = await db.domain('sittings').where('planId').equals(plan.id).sortBy('date');
    expect(saved.map((s) => s.date)[0]).toBe('2026-04-08');
    expect(saved).toHaveLength(8);
    expect(saved.every((s) => s.status === 'planned' && s.date >= today)).toBe(true);
  });
});
