import { describe, expect, it } from 'vitest';
import type { Sitting } from '../../../../shared/domain/sitting';
import { sittingSchema } from '../../../../shared/domain/sitting';
import { dateWarnings } from '../../../../shared/plan/dateWarnings';
import { extraSitting, moveSitting, swapHosts } from '../../../../shared/plan/sittingChanges';
import { hostFairness } from '../../../../shared/plan/fairness';
import { C, ERZ, keyOf, MS, planSittings, territoryIds, V, Z } from './planFixtures';
import { notes } from './planFixtures';

const sittings = planSittings({
  year: 2026,
  rule: { weekday: 3, ordinal: 2 },
  skipMonths: [8],
  holidayPolicy: 'nextWorkingDay',
  blockedPeriods: [],
  rotationOrder: territoryIds,
  startTerritoryId: MS,
});
const march = sittings[2] as Sitting;
const warningContext = { sittings, blockedPeriods: [{ label: 'Osterferien 2026', from: '2026-04-03', to: '2026-04-10' }], today: '2026-03-01', noticePeriodDays: 14 };

describe('moving a sitting', () => {
  it('warns of a holiday, a weekend, a blocked period, another sitting, the notice period', () => {
    expect(dateWarnings('2026-04-06', march, warningContext)).toEqual([
      { kind: 'holiday', name: 'Ostermontag' },
      { kind: 'blocked', label: 'Osterferien 2026' },
      { kind: 'sameMonth', sitting: sittings[3] },
    ]);
    expect(dateWarnings('2026-03-14', march, warningContext).map((w) => w.kind)).toEqual(['weekend', 'noticePeriod']);
    expect(dateWarnings('2026-03-10', march, warningContext)).toContainEqual({ kind: 'noticePeriod', daysLeft: 9, noticePeriodDays: 14 });
    expect(dateWarnings('2026-04-08', march, warningContext)).toContainEqual({ kind: 'otherSitting', sitting: sittings[3] });
    expect(dateWarnings('2026-02-20', march, warningContext).map((w) => w.kind)).toEqual(['sameMonth', 'past']);
    expect(dateWarnings('2026-03-18', march, warningContext)).toEqual([]);
  });

  it('changes date and time, raises the calendar sequence and notes the move', () => {
    const moved = moveSitting(march, { date: '2026-03-18', start: '15:00', end: '17:00', reason: 'auf Wunsch des Gastgebers' });
    expect(moved).toMatchObject({ date: '2026-03-18', start: '15:00', end: '17:00', calendarSequence: 1, hostTerritoryId: march.hostTerritoryId });
    expect(notes(moved)).toBe('Verlegt vom Mi., 11.03.2026 auf Mi., 18.03.2026, 15:00–17:00 Uhr, auf Wunsch des Gastgebers');
    expect(sittingSchema.safeParse(moved).success).toBe(true);
  });
});

describe('swapping hosts', () => {
  it('exchanges host and venue of the two sittings and nothing else', () => {
    const [a, b] = swapHosts(sittings[0] as Sitting, sittings[1] as Sitting);
    expect([keyOf(a.hostTerritoryId), a.venue, a.date]).toEqual(['ERZ', 'Ort ERZ', sittings[0]?.date]);
    expect([keyOf(b.hostTerritoryId), b.venue, b.date]).toEqual(['MS', 'Ort MS', sittings[1]?.date]);
    expect([a.calendarSequence, b.calendarSequence]).toEqual([1, 1]);
    expect(notes(a)).toBe('Gastgeber getauscht mit der Sitzung am Mi., 11.02.2026');
  });
});

describe('fairness', () => {
  it('counts hosted sittings per territory and warns at a gap of two', () => {
    const fair = hostFairness(sittings, territoryIds);
    expect(fair.counts.map((c) => c.hosted)).toEqual([2, 3, 2, 2, 2]);
    expect(fair.warning).toBeUndefined();
    const extra = extraSitting({ id: '01KAAAAAAAAAAAAAAAAAAAAAAA', body: 'extended', title: 'Sondersitzung', date: '2026-08-19', start: '10:00', end: '12:00', hostTerritoryId: MS, venue: 'Ort MS', reason: 'Haushalt', now: '2026-01-01T00:00:00.000Z' });
    expect(extra).toMatchObject({ extra: true, status: 'planned', planReasons: [{ code: 'extra', text: 'Haushalt' }] });
    expect(notes(extra)).toBe('Zusätzliche Sitzung: Haushalt');
    expect(notes(extra, 'en')).toBe('Extra sitting: Haushalt');
    expect(sittingSchema.safeParse(extra).success).toBe(true);
    const unfair = hostFairness([...sittings, extra], territoryIds);
    expect(unfair.warning).toEqual({ most: [MS], fewest: [Z, ERZ, V, C], gap: 2 });
    const cancelled = hostFairness([{ ...(sittings[0] as Sitting), status: 'cancelled' }], territoryIds);
    expect(cancelled.counts.find((c) => c.territoryId === MS)).toEqual({ territoryId: MS, hosted: 0, cancelled: 1 });
  });
});
