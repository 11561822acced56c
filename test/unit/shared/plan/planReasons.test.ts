import { describe, expect, it } from 'vitest';
import { addPlanReason, cancelReasonOf } from '../../../../shared/plan/planReasons';
import { sittingSchema } from '../../../../shared/domain/sitting';
import { C, context, V, Z, planSittings, territoryIds, MS } from './planFixtures';
import { cancelSitting, swapHosts } from '../../../../shared/plan/sittingChanges';

const input = { year: 2026, rule: { weekday: 3 as const, ordinal: 2 as const }, skipMonths: [], holidayPolicy: 'nextWorkingDay' as const, blockedPeriods: [], rotationOrder: territoryIds, startTerritoryId: MS };

describe('plan reasons as data', () => {
  it('keeps one reason for the host: a shift after a swap names the host the plan gave first', () => {
    const sittings = planSittings(input); // MS ERZ V C Z …
    const [april, may] = swapHosts(sittings[3]!, sittings[4]!); // April Z, May C
    expect(april.planReasons).toEqual([{ code: 'hostsSwapped', otherDate: '2026-05-13', from: C }]);
    const after = sittings.map((s) => (s.id === april.id ? april : s.id === may.id ? may : s));
    const shifted = cancelSitting(after, after[2]!, 'keepsTurn', context).find((s) => s.id === april.id)!;
    expect(shifted.hostTerritoryId).toBe(V);
    expect(shifted.planReasons).toEqual([{ code: 'hostShifted', from: C, cancelledDates: ['2026-03-11'] }]);
    expect(sittingSchema.safeParse(shifted).success).toBe(true);
  });

  it('other reasons accumulate in order', () => {
    const reasons = addPlanReason({ planReasons: [{ code: 'timeChanged', start: '15:00', end: '17:00' }], hostTerritoryId: Z }, { code: 'extra' }, Z);
    expect(reasons.map((r) => r.code)).toEqual(['timeChanged', 'extra']);
  });

  it('finds the typed reason of a cancellation, from data or from an old German note', () => {
    expect(cancelReasonOf({ planReasons: [{ code: 'cancelled', turn: 'keepsTurn', text: 'Haushaltssperre, Kreistag' }] })).toBe('Haushaltssperre, Kreistag');
    expect(cancelReasonOf({ planReasons: [{ code: 'cancelled', turn: 'losesTurn' }] })).toBe('');
    expect(cancelReasonOf({ planNote: 'Verlegt vom Mi., 11.03.2026 auf Mi., 18.03.2026; Abgesagt, Haushaltssperre, Landkreis Mittelsachsen behält das Gastgeberrecht' })).toBe('Haushaltssperre');
  });
});
