import type { Plan } from '../../../shared/domain/plan';
import type { Sitting } from '../../../shared/domain/sitting';
import type { Territory } from '../../../shared/domain/territory';
import type { KonventDatabase } from '../database';
import { MinutesLockedError } from '../../../shared/minutes/approvalLock';
import { lockedSittingFieldsChanged } from '../../../shared/minutes/lockedSittingFields';
import { validateRow } from '../rowWriter';
import { isSittingMinutesLocked } from './minutesLock';
import { PlanConflictError } from '../../../shared/plan/planConflict';
import { assertNoPastPlannedSittings } from '../../../shared/plan/pastPlanDates';
import type { IsoDate } from '../../../shared/dates/isoDates';

/**
 * Saves a new year plan with its sittings, and the venues changed in the form on the
 * territories, in one transaction: all rows are validated first, so bad input writes nothing.
 * No sitting is saved as "geplant" on a day before `today` (the form asks first what to do with them).
 */
export async function savePlanWithSittings(
  db: KonventDatabase,
  plan: Plan,
  sittings: readonly Sitting[],
  territories: readonly Territory[],
  options: { today: IsoDate },
): Promise<void> {
  const validPlan = validateRow('plans', plan);
  const validSittings = sittings.map((s) => validateRow('sittings', s));
  const validTerritories = territories.map((t) => validateRow('territories', t));
  await db.transaction('rw', db.domain('plans'), db.domain('sittings'), db.domain('territories'), async () => {
    const existing = await db.domain('plans').where('year').equals(plan.year).count();
    if (existing > 0) throw new PlanConflictError({ code: 'planExists', year: plan.year });
    assertNoPastPlannedSittings(validSittings, options.today);
    await db.domain('plans').add(validPlan);
    await db.domain('sittings').bulkAdd(validSittings);
    if (validTerritories.length) await db.domain('territories').bulkPut(validTerritories);
  });
}

/**
 * Writes changed sittings together (a cancellation shifts several hosts at once). Each row is
 * checked against what it was based on: if another window changed it meanwhile, nothing is written.
 */
export async function saveSittingChanges(db: KonventDatabase, changed: readonly Sitting[], basedOn: readonly Sitting[]): Promise<void> {
  const valid = changed.map((s) => validateRow('sittings', s));
  const before = new Map(basedOn.map((s) => [s.id, s.updatedAt]));
  await db.transaction('rw', db.domain('sittings'), db.domain('minutes'), async () => {
    const current = await db.domain('sittings').bulkGet(valid.map((s) => s.id));
    for (const [i, row] of current.entries()) {
      const next = valid[i]!;
      const expected = before.get(next.id);
      if (row && expected !== undefined && row.updatedAt !== expected) {
        throw new PlanConflictError({ code: 'changedElsewhere' });
      }
      // A sitting whose minutes are approved keeps the date, venue and host they record.
      if (row && lockedSittingFieldsChanged(row, next).length > 0 && (await isSittingMinutesLocked(db, row.id))) {
        throw new MinutesLockedError();
      }
    }
    await db.domain('sittings').bulkPut(valid);
  });
}

/** Deletes a plan and its sittings, only while none of them was invited or held (or has approved minutes). */
export async function deletePlan(db: KonventDatabase, planId: string): Promise<void> {
  await db.transaction('rw', db.domain('plans'), db.domain('sittings'), db.domain('minutes'), async () => {
    const sittings = await db.domain('sittings').where('planId').equals(planId).toArray();
    if (sittings.some((s) => s.status === 'invited' || s.status === 'held')) {
      throw new PlanConflictError({ code: 'alreadyInvitedOrHeld' });
    }
    for (const sitting of sittings) {
      if (await isSittingMinutesLocked(db, sitting.id)) throw new MinutesLockedError();
    }
    await db.domain('sittings').bulkDelete(sittings.map((s) => s.id));
    await db.domain('plans').delete(planId);
  });
}
