import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HolidayPolicy } from '../../../../shared/domain/plan';
import type { Sitting } from '../../../../shared/domain/sitting';
import { buildYearPlan, type YearPlanInput } from '../../../../shared/plan/buildYearPlan';
import { continueRotation } from '../../../../shared/plan/rotation';
import { cancelSitting, swapHosts } from '../../../../shared/plan/sittingChanges';
import { hostFairness } from '../../../../shared/plan/fairness';
import { dayObstacle } from '../../../../shared/plan/dayObstacles';
import { C, context, ERZ, keyOf, MS, planSittings, territoryIds, Z } from './planFixtures';
import { notes } from './planFixtures';

const arbitraryPlanInput = fc.record({
  year: fc.integer({ min: 2000, max: 2100 }),
  rule: fc.record({ weekday: fc.integer({ min: 1, max: 5 }), ordinal: fc.constantFrom(1, 2, 3, 4, -1) }),
  skipMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
  holidayPolicy: fc.constantFrom<HolidayPolicy>('nextWorkingDay', 'weekLaterSameMonth'),
  rotationOrder: fc.shuffledSubarray(territoryIds, { minLength: 5, maxLength: 5 }),
  startIndex: fc.integer({ min: 0, max: 4 }),
  blocked: fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), length: fc.integer({ min: 0, max: 20 }) }), { maxLength: 3 }),
}).map(({ startIndex, blocked, ...rest }): YearPlanInput => {
  const blockedPeriods = blocked.map((b, i) => {
    const from = `${rest.year}-${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
    const end = new Date(Date.UTC(rest.year, b.month - 1, b.day + b.length)).toISOString().slice(0, 10);
    return { label: `Sperrzeit ${i + 1}`, from, to: end };
  });
  return { ...rest, blockedPeriods, startTerritoryId: rest.rotationOrder[startIndex] as string };
});

const hostsInOrder = (sittings: readonly Sitting[]) =>
  [...sittings].sort((a, b) => a.date.localeCompare(b.date)).filter((s) => s.status !== 'cancelled').map((s) => s.hostTerritoryId);

function everyFiveDistinct(hosts: readonly (string | undefined)[]): boolean {
  for (let i = 0; i + 5 <= hosts.length; i += 1) if (new Set(hosts.slice(i, i + 5)).size !== 5) return false;
  return true;
}

describe('rotation rules (property-based, random rules and years)', () => {
  it('the same input gives the same plan', () => {
    fc.assert(fc.property(arbitraryPlanInput, (input) => {
      expect(buildYearPlan(input)).toEqual(buildYearPlan(structuredClone(input)));
    }));
  });

  it('dates are free days of their month, increasing; the first host is the chosen one', () => {
    fc.assert(fc.property(arbitraryPlanInput, (input) => {
      const rows = buildYearPlan(input);
      expect(rows.map((r) => r.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const dated = rows.filter((r) => r.kind === 'regular' || r.kind === 'moved');
      for (const row of dated) {
        expect(dayObstacle(row.date, input.blockedPeriods)).toBeUndefined();
        expect(Number(row.date.slice(5, 7))).toBe(row.month);
      }
      for (const skipped of input.skipMonths) expect(rows[skipped - 1]?.kind).toBe('skipped');
      if (dated[0]) expect(dated[0].hostTerritoryId).toBe(input.startTerritoryId);
    }));
  });

  it('without cancellations, every five consecutive sittings have five different hosts — across the year boundary too', () => {
    fc.assert(fc.property(arbitraryPlanInput, (input) => {
      const first = planSittings(input, 'first');
      const nextYear = { ...input, year: input.year + 1 };
      const continuation = continueRotation(first, input.rotationOrder, nextYear.year);
      const second = planSittings({ ...nextYear, startTerritoryId: continuation.territoryId }, 'second');
      expect(everyFiveDistinct(hostsInOrder([...first, ...second]))).toBe(true);
    }));
  });

  it('with "keeps its turn", over a year no territory hosts more than one sitting more than another', () => {
    fc.assert(fc.property(arbitraryPlanInput, fc.array(fc.nat(), { maxLength: 6 }), (input, picks) => {
      let sittings = planSittings(input);
      for (const pick of picks) {
        const open = sittings.filter((s) => s.status === 'planned');
        if (open.length === 0) break;
        const target = open[pick % open.length] as Sitting;
        const changed = cancelSitting(sittings, target, 'keepsTurn', context);
        const byId = new Map(changed.map((s) => [s.id, s]));
        sittings = sittings.map((s) => byId.get(s.id) ?? s);
      }
      expect(hostFairness(sittings, territoryIds).gap).toBeLessThanOrEqual(1);
      // the remaining sittings still rotate: five consecutive ones have five hosts
      expect(everyFiveDistinct(hostsInOrder(sittings))).toBe(true);
    }));
  });
});

describe('rotation examples', () => {
  const input: YearPlanInput = {
    year: 2026,
    rule: { weekday: 3, ordinal: 2 },
    skipMonths: [8],
    holidayPolicy: 'nextWorkingDay',
    blockedPeriods: [],
    rotationOrder: territoryIds,
    startTerritoryId: MS,
  };

  it('continues after the last host of the previous year', () => {
    const held = { id: 'a', date: '2025-04-28', start: '10:00', hostTerritoryId: Z, status: 'held' as const };
    expect(continueRotation([held], territoryIds, 2026)).toMatchObject({ territoryId: MS, keptTurn: false });
    expect(continueRotation([], territoryIds, 2026).territoryId).toBe(Z);
    const keptTurn = { ...held, status: 'cancelled' as const, cancelTurn: 'keepsTurn' as const };
    expect(continueRotation([keptTurn], territoryIds, 2026)).toMatchObject({ territoryId: Z, keptTurn: true });
    const extra = { id: 'b', date: '2025-12-01', start: '10:00', hostTerritoryId: ERZ, status: 'held' as const, extra: true };
    expect(continueRotation([held, extra], territoryIds, 2026).territoryId).toBe(MS);
  });

  it('a cancellation where the host keeps its turn shifts the later hosts by one', () => {
    const sittings = planSittings(input);
    expect(sittings.map((s) => keyOf(s.hostTerritoryId)).join(' ')).toBe('MS ERZ V C Z MS ERZ V C Z MS');
    const march = sittings[2] as Sitting;
    const changed = cancelSitting(sittings, march, 'keepsTurn', context, 'Terminkonflikt');
    const byId = new Map(changed.map((s) => [s.id, s]));
    const after = sittings.map((s) => byId.get(s.id) ?? s);
    expect(after.map((s) => (s.status === 'cancelled' ? '-' : keyOf(s.hostTerritoryId))).join(' ')).toBe('MS ERZ - V C Z MS ERZ V C Z');
    expect(after[2]).toMatchObject({ status: 'cancelled', cancelTurn: 'keepsTurn', calendarSequence: 1 });
    expect(notes(after[2])).toBe('Abgesagt, Terminkonflikt, Gebiet V behält das Gastgeberrecht');
    expect(after[3]).toMatchObject({ venue: 'Ort V', calendarSequence: 1 });
    expect(notes(after[3])).toContain('Gastgeber Gebiet V statt Gebiet C');
  });

  it('a cancellation where the host loses its turn changes nobody else', () => {
    const sittings = planSittings(input);
    const changed = cancelSitting(sittings, sittings[2] as Sitting, 'losesTurn', context);
    expect(changed).toHaveLength(1);
    expect(notes(changed[0])).toBe('Abgesagt, Gebiet V verliert das Gastgeberrecht');
  });

  it('the plan reason for a host follows the current host when a second cancellation changes it again', () => {
    const apply = (all: Sitting[], changed: Sitting[]) => all.map((s) => changed.find((c) => c.id === s.id) ?? s);
    let sittings = planSittings(input); // MS ERZ V C Z …
    sittings = apply(sittings, cancelSitting(sittings, sittings[2]!, 'keepsTurn', context));
    expect(notes(sittings[3])).toBe('Gastgeber Gebiet V statt Gebiet C (Absage am Mi., 11.03.2026)');
    sittings = apply(sittings, cancelSitting(sittings, sittings[1]!, 'keepsTurn', context));
    expect(keyOf(sittings[3]?.hostTerritoryId)).toBe('ERZ');
    // No reason names Vogtlandkreis (V), the host April had only in between.
    expect(notes(sittings[3])).toBe('Gastgeber Gebiet ERZ statt Gebiet C (Absagen am Mi., 11.02.2026 und Mi., 11.03.2026)');
    expect(notes(sittings[3], 'en')).toBe('Host Gebiet ERZ instead of Gebiet C (cancellations on Wed, 11/02/2026 and Wed, 11/03/2026)');
    expect(sittings[3]?.planReasons).toEqual([{ code: 'hostShifted', from: C, cancelledDates: ['2026-02-11', '2026-03-11'] }]);
  });

  it('a host swapped there and back again needs no reason any more; a later shift names the first host', () => {
    const [jan, feb] = planSittings(input) as [Sitting, Sitting];
    const [a, b] = swapHosts(jan, feb);
    expect(notes(a)).toBe('Gastgeber getauscht mit der Sitzung am Mi., 11.02.2026');
    const [a2, b2] = swapHosts(a, b);
    expect([keyOf(a2.hostTerritoryId), keyOf(b2.hostTerritoryId)]).toEqual(['MS', 'ERZ']);
    expect([a2.planReasons, b2.planReasons]).toEqual([[], []]);
    expect(a2.calendarSequence).toBe(2);
  });
});
