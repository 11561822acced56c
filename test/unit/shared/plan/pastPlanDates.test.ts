import { describe, expect, it } from 'vitest';
import { assertNoPastPlannedSittings, futureSittingsOnly, pastPlanDates } from '../../../../shared/plan/pastPlanDates';
import { PlanConflictError } from '../../../../shared/plan/planConflict';

const sittings = [
  { date: '2026-01-14', status: 'planned' as const },
  { date: '2026-02-11', status: 'held' as const },
  { date: '2026-03-11', status: 'planned' as const },
  { date: '2026-03-12', status: 'planned' as const },
  { date: '2026-04-08', status: 'planned' as const },
];

describe('plan dates already past', () => {
  it('names the planned dates before today; today itself is still to come', () => {
    expect(pastPlanDates(sittings, '2026-03-12')).toEqual(['2026-01-14', '2026-03-11']);
    expect(futureSittingsOnly(sittings, '2026-03-12').map((s) => s.date)).toEqual(['2026-03-12', '2026-04-08']);
    expect(pastPlanDates(sittings, '2026-01-14')).toEqual([]);
  });

  it('refuses a "geplant" sitting on a past day with the dates as parameters, never a sentence', () => {
    expect(() => assertNoPastPlannedSittings(sittings.slice(3), '2026-03-12')).not.toThrow();
    const error = (() => {
      try {
        assertNoPastPlannedSittings(sittings, '2026-03-12');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlanConflictError);
    expect((error as PlanConflictError).conflict).toEqual({ code: 'pastDatesPlanned', dates: ['2026-01-14', '2026-03-11'] });
  });
});
