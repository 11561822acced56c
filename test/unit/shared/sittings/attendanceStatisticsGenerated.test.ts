import { describe, expect, it } from 'vitest';
import { attendanceStatistics, countedSittings } from '../../../../shared/sittings/attendanceStatistics';
import { rosterIndex, sittingRoster } from '../../../../shared/sittings/sittingRoster';
import { generateDataset, TEN_YEARS } from '../../../bench/dataset/generateTenYears';

// Issue 17: the statistics group attendance by sitting once; the counts must stay those of each sitting's roster.
describe('attendance statistics on generated data', () => {
  const data = generateDataset({ ...TEN_YEARS, years: 3 });
  const input = { ...data, from: '2023-01-01', to: '2025-12-31' };

  it('count, per member, exactly what the roster of each sitting (read from all attendance) shows', () => {
    const order = { persons: new Map(data.persons.map((p) => [p.id, p])), territories: new Map(data.territories.map((t) => [t.id, t])) };
    const expected = new Map<string, Record<string, number>>();
    for (const sitting of countedSittings(data.sittings, data.attendance, input.from, input.to)) {
      for (const seat of sittingRoster(sitting, data.memberships, data.deputies, data.attendance, order)) {
        const counts = expected.get(seat.membership.personId) ?? { sittings: 0, present: 0, represented: 0, excused: 0, absent: 0, unrecorded: 0 };
        counts.sittings! += 1;
        counts[seat.attendance?.status ?? 'unrecorded']! += 1;
        expected.set(seat.membership.personId, counts);
      }
    }
    const stats = attendanceStatistics(input);
    expect(stats.sittings).toHaveLength(36);
    expect(stats.members).toHaveLength(expected.size);
    for (const member of stats.members) {
      const { sittings, present, represented, excused, absent, unrecorded } = member;
      expect({ sittings, present, represented, excused, absent, unrecorded }).toEqual(expected.get(member.personId));
    }
    expect(stats.members.reduce((sum, m) => sum + m.present, 0)).toBeGreaterThan(300);
  });

  it('give every sitting the same roster with the register swept once (rosterIndex) as with a scan per sitting, corrected register included', () => {
    // Corrections afterwards: some memberships end early or start late, so recorded attendance falls off the register.
    const memberships = data.memberships.map((m, i) => (i % 5 === 0 ? { ...m, validTo: '2024-06-01' } : i % 7 === 0 ? { ...m, validFrom: '2024-02-01' } : m));
    const order = { persons: new Map(data.persons.map((p) => [p.id, p])), territories: new Map(data.territories.map((t) => [t.id, t])) };
    const indexed = { ...order, index: rosterIndex(memberships, data.deputies) };
    let offRegister = 0;
    for (const sitting of data.sittings) {
      const attendance = data.attendance.filter((a) => a.sittingId === sitting.id);
      const plain = sittingRoster(sitting, memberships, data.deputies, attendance, order);
      expect(sittingRoster(sitting, memberships, data.deputies, attendance, indexed)).toEqual(plain);
      offRegister += plain.filter((seat) => !seat.onRegister).length;
    }
    expect(offRegister).toBeGreaterThan(0);
  });
});
