import { describe, expect, it } from 'vitest';
import { attendanceLine } from '../../../../shared/domain/attendanceText';
import { evaluateQuorum } from '../../../../shared/sittings/quorum';
import { sittingRoster } from '../../../../shared/sittings/sittingRoster';
import type { Sitting } from '../../../../shared/domain/sitting';
import { stableId } from '../../../../shared/domain/stableId';
import { demoOrder, demoRows, membershipOf, personNamed } from './demoFixture';

describe('the demo sitting of 28 April 2025', () => {
  const rows = demoRows();
  const sitting = rows.sittings.find((s) => s.date === '2025-04-28')!;
  const persons = new Map(rows.persons.map((p) => [p.id, p]));
  const seats = sittingRoster(sitting, rows.memberships, rows.deputies, rows.attendance, demoOrder(rows));
  const lines = seats.map((seat) =>
    attendanceLine(
      persons.get(seat.membership.personId)!,
      seat.attendance,
      seat.attendance?.deputyPersonId ? persons.get(seat.attendance.deputyPersonId) : undefined,
    ),
  );

  it('lists the five heads in rotation order with who came and who sent whom', () => {
    expect(lines).toEqual([
      'Landrat Carsten Michaelis',
      'Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier',
      'Landrat Rico Anton',
      'Landrat Thomas Hennig',
      'Oberbürgermeister Sven Schulze, vertreten durch Bürgermeister Ralph Burghart',
    ]);
    expect(seats.map((s) => s.attendance?.status)).toEqual(['present', 'represented', 'present', 'present', 'represented']);
  });

  it('offers the standing deputies valid that day', () => {
    const kruger = seats.find((s) => s.membership.id === membershipOf(rows, 'Krüger').id)!;
    expect(kruger.standingDeputies.map((d) => persons.get(d.personId)?.lastName)).toEqual(['Beier']);
  });

  it('has Staatsministerin Regina Kraushaar as guest', () => {
    expect(rows.guests.filter((g) => g.sittingId === sitting.id).map((g) => `${g.function} ${g.name}`)).toEqual([
      'Staatsministerin Regina Kraushaar',
    ]);
  });

  it('is quorate under both rules', () => {
    const territoryIds = rows.territories.map((t) => t.id);
    expect(evaluateQuorum('majorityOfMembers', seats, territoryIds)).toMatchObject({ reached: true, members: 5, attending: 5, required: 3 });
    expect(evaluateQuorum('allTerritories', seats, territoryIds)).toMatchObject({ reached: true, territoriesMissing: [] });
  });
});

describe('members as of the sitting date', () => {
  const rows = demoRows();
  const order = demoOrder(rows);
  const extended = (date: string): Sitting => ({
    id: stableId(`sitting:test:${date}`),
    updatedAt: '2025-01-01T00:00:00.000Z',
    body: 'extended',
    title: '',
    date,
    start: '10:00',
    end: '12:00',
    venue: 'Plauen',
    status: 'planned',
    calendarSequence: 0,
  });
  const daum = membershipOf(rows, 'Daum');
  const successorPersonId = stableId('person:Nachfolgerin');
  // Daum leaves on 2025-09-01; a successor takes the seat from that day.
  const memberships = [
    ...rows.memberships.filter((m) => m.id !== daum.id),
    { ...daum, validTo: '2025-09-01' },
    { ...daum, id: stableId('membership:successor'), personId: successorPersonId, validFrom: '2025-09-01' },
  ];
  const names = (sitting: Sitting, ms = memberships, attendance = rows.attendance) =>
    sittingRoster(sitting, ms, rows.deputies, attendance, order).map((s) => s.membership.personId);

  it('lists an ended membership at sittings before its end and never after; a new one only from its start', () => {
    const before = names(extended('2025-08-31'));
    const after = names(extended('2025-09-01'));
    expect(before).toContain(daum.personId);
    expect(before).not.toContain(successorPersonId);
    expect(after).not.toContain(daum.personId);
    expect(after).toContain(successorPersonId);
    expect(before).toHaveLength(18);
    expect(after).toHaveLength(18);
  });

  it('lists nobody whose membership starts after the sitting', () => {
    expect(names(extended('2025-04-27'))).toEqual([]);
  });

  it('keeps recorded attendance of an old sitting when the register is changed later', () => {
    const sitting = extended('2025-06-30');
    const recorded = [
      {
        id: stableId('attendance:daum'),
        updatedAt: '2025-06-30T10:00:00.000Z',
        sittingId: sitting.id,
        membershipId: daum.id,
        status: 'present' as const,
      },
    ];
    // Later the register is corrected: Daum's membership is said to have started only in 2025-07.
    const corrected = memberships.map((m) => (m.id === daum.id ? { ...m, validFrom: '2025-07-01' } : m));
    const seats = sittingRoster(sitting, corrected, rows.deputies, recorded, order);
    const daumSeat = seats.find((s) => s.membership.id === daum.id);
    expect(daumSeat?.attendance?.status).toBe('present');
    expect(daumSeat?.onRegister).toBe(false);
    // Without recorded attendance the corrected register decides.
    expect(names(sitting, corrected, [])).not.toContain(daum.personId);
  });

  it('puts the heads first in both bodies', () => {
    const seats = sittingRoster(extended('2025-05-26'), rows.memberships, rows.deputies, [], order);
    expect(seats.slice(0, 5).every((s) => s.membership.category === 'head')).toBe(true);
    const lastNames = (from: number) => seats.slice(from).map((s) => rows.persons.find((p) => p.id === s.membership.personId)?.lastName);
    expect(lastNames(15)).toEqual(['Jankowsky', 'Lißke', 'Schmidt']);
    expect(seats[5]?.membership.personId).toBe(personNamed(rows, 'Bergk').id);
  });
});
