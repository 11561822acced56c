import { describe, expect, it } from 'vitest';
import { attendanceStatistics, countedSittings } from '../../../../shared/sittings/attendanceStatistics';
import { statisticsCsv } from '../../../../shared/sittings/statisticsCsv';
import type { Attendance, AttendanceStatus, Sitting } from '../../../../shared/domain/sitting';
import { stableId } from '../../../../shared/domain/stableId';
import { demoRows, membershipOf, personNamed } from './demoFixture';

const rows = demoRows();
const demoSitting = rows.sittings[0]!;
const now = '2025-06-01T00:00:00.000Z';

function sitting(date: string, body: Sitting['body'], status: Sitting['status'] = 'held'): Sitting {
  return { id: stableId(`sitting:${date}`), updatedAt: now, body, title: '', date, start: '10:00', end: '12:00', venue: '', status, calendarSequence: 0 };
}
function attend(s: Sitting, lastName: string, status: AttendanceStatus): Attendance {
  const membershipId = membershipOf(rows, lastName).id;
  return {
    id: stableId(`attendance:${s.id}:${membershipId}`),
    updatedAt: now,
    sittingId: s.id,
    membershipId,
    status,
    ...(status === 'represented' ? { deputyPersonId: personNamed(rows, 'Beier').id } : {}),
  };
}

const june = sitting('2025-06-23', 'extended');
const july = sitting('2025-07-21', 'core', 'planned'); // not marked held, but attendance recorded: counted
const september = sitting('2025-09-22', 'core', 'planned'); // nothing recorded: not counted
const cancelled = sitting('2025-10-20', 'core', 'cancelled');
const attendance = [
  ...rows.attendance,
  attend(june, 'Krüger', 'represented'),
  attend(june, 'Michaelis', 'present'),
  attend(june, 'Daum', 'excused'),
  attend(june, 'Kunze', 'absent'),
  attend(july, 'Krüger', 'present'),
  attend(cancelled, 'Krüger', 'present'),
];
const input = {
  sittings: [...rows.sittings, june, july, september, cancelled],
  memberships: rows.memberships,
  deputies: rows.deputies,
  persons: rows.persons,
  territories: rows.territories,
  attendance,
  from: '2025-01-01',
  to: '2025-12-31',
};
const territoryId = (key: string) => rows.territories.find((t) => t.key === key)!.id;

describe('attendance statistics', () => {
  it('counts held sittings and sittings with recorded attendance in the period, never cancelled ones', () => {
    expect(countedSittings(input.sittings, attendance, input.from, input.to).map((s) => s.date)).toEqual(['2025-04-28', '2025-06-23', '2025-07-21']);
    expect(countedSittings(input.sittings, attendance, '2025-05-01', '2025-06-23').map((s) => s.date)).toEqual(['2025-06-23']);
  });

  it('gives per member present, represented, excused, absent, unrecorded and the representation rate', () => {
    const stats = attendanceStatistics(input);
    const of = (lastName: string) => stats.members.find((m) => m.personId === personNamed(rows, lastName).id);
    expect(of('Krüger')).toMatchObject({ sittings: 3, present: 1, represented: 2, excused: 0, absent: 0, unrecorded: 0 });
    expect(of('Krüger')?.representationRate).toBeCloseTo(2 / 3);
    expect(of('Michaelis')).toMatchObject({ sittings: 3, present: 2, unrecorded: 1, representationRate: 0 });
    // A personality sits only in the extended convent: one sitting.
    expect(of('Daum')).toMatchObject({ sittings: 1, excused: 1, representationRate: 0 });
    expect(of('Hertwig')).toMatchObject({ sittings: 1, unrecorded: 1, representationRate: null });
    expect(stats.members).toHaveLength(18);
  });

  it('adds up per territory (its head and the personalities assigned to it), with the rest on their own line', () => {
    const stats = attendanceStatistics(input);
    const ms = stats.territories.find((t) => t.territoryId === territoryId('MS'));
    // Krüger: represented (28.04.), represented (23.06.), present (21.07.); Kunze: absent (23.06.)
    // "Sitzungen" counts sittings (28.04., 23.06., 21.07.), not member attendances (issue 19); the rate is per seat.
    expect(ms).toMatchObject({ sittings: 3, present: 1, represented: 2, absent: 1, unrecorded: 0, representationRate: 0.5 });
    expect(stats.territories.map((t) => t.territoryId)).toEqual([...rows.territories.map((t) => t.id), null]);
    // Each territory had a seat at all three sittings: 3, however many of its members sat.
    expect(stats.territories.slice(0, 5).map((t) => t.sittings)).toEqual([3, 3, 3, 3, 3]);
    // A period with one sitting: Mittelsachsen shows 1 (it showed 2: head and personality).
    const one = attendanceStatistics({ ...input, from: june.date, to: june.date });
    expect(one.territories.find((t) => t.territoryId === territoryId('MS'))).toMatchObject({ sittings: 1, represented: 1, absent: 1 });
  });

  it('shows the demo sitting: three present, two represented', () => {
    const stats = attendanceStatistics({ ...input, from: demoSitting.date, to: demoSitting.date });
    const totals = stats.territories.reduce((sum, t) => ({ present: sum.present + t.present, represented: sum.represented + t.represented }), { present: 0, represented: 0 });
    expect(totals).toEqual({ present: 3, represented: 2 });
  });
});

describe('CSV export', () => {
  it('writes the statistics with a German decimal comma', () => {
    const stats = attendanceStatistics(input);
    const kruger = stats.members.find((m) => m.personId === personNamed(rows, 'Krüger').id)!;
    const csv = statisticsCsv(
      { name: 'Mitglied', sittings: 'Sitzungen', present: 'anwesend', represented: 'vertreten', excused: 'entschuldigt', absent: 'abwesend', unrecorded: 'nicht erfasst', representationRate: 'Vertretungsquote (%)' },
      [{ name: 'Sven Krüger', counts: kruger }],
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFMitglied;Sitzungen;anwesend;vertreten;entschuldigt;abwesend;nicht erfasst;Vertretungsquote (%)',
      'Sven Krüger;3;1;2;0;0;0;66,7',
      '',
    ]);
  });
});
