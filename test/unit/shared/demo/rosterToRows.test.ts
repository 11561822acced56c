import { describe, expect, it } from 'vitest';
import roster from '../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../shared/demo/rosterToRows';
import { deputiesAsOf, membersAsOf } from '../../../../shared/domain/membersAsOf';
import { domainTableSchemas } from '../../../../shared/domain/tables';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';

const NOW = '2026-11-21T08:00:00.000Z';
const rows = rosterToRows(rosterSchema.parse(roster), NOW);
const byId = new Map(rows.persons.map((p) => [p.id, p]));

describe('demo data from the real roster', () => {
  it('has 18 members of the extended convent, 5 of the core convent and 2 standing deputies', () => {
    const date = '2025-09-01';
    expect(membersAsOf(rows.memberships, 'extended', date)).toHaveLength(18);
    expect(membersAsOf(rows.memberships, 'core', date)).toHaveLength(5);
    expect(rows.deputies).toHaveLength(2);
    expect(rows.territories.map((t) => t.key)).toEqual(['Z', 'MS', 'ERZ', 'V', 'C']);
  });

  it('names the standing deputies of Sven Krüger and Sven Schulze with their functions', () => {
    const deputyOf = (lastName: string) => {
      const person = rows.persons.find((p) => p.lastName === lastName)!;
      const membership = rows.memberships.find((m) => m.personId === person.id)!;
      return deputiesAsOf(membership, rows.deputies, '2025-04-28').map((d) => personWithFunction(byId.get(d.personId)!));
    };
    expect(deputyOf('Krüger')).toEqual(['Erster Beigeordneter Dr. Lothar Beier']);
    expect(deputyOf('Schulze')).toEqual(['Bürgermeister Ralph Burghart']);
    expect(deputyOf('Anton')).toEqual([]);
  });

  it('loads the sitting of 28 April 2025 in Zwickau with attendance and the guest', () => {
    expect(rows.sittings).toHaveLength(1);
    const sitting = rows.sittings[0]!;
    expect(sitting).toMatchObject({ date: '2025-04-28', venue: 'Zwickau', body: 'core', status: 'held' });
    const statusOf = (lastName: string) => {
      const person = rows.persons.find((p) => p.lastName === lastName)!;
      const membership = rows.memberships.find((m) => m.personId === person.id)!;
      return rows.attendance.find((a) => a.membershipId === membership.id);
    };
    expect(statusOf('Michaelis')?.status).toBe('present');
    expect(statusOf('Krüger')?.status).toBe('represented');
    expect(personDisplayName(byId.get(statusOf('Krüger')!.deputyPersonId!)!)).toBe('Dr. Lothar Beier');
    expect(rows.guests.map((g) => `${g.function} ${g.name}`)).toEqual(['Staatsministerin Regina Kraushaar']);
  });

  it('produces rows that pass the shared schemas, with the same ids every time', () => {
    for (const [table, list] of Object.entries(rows)) {
      for (const row of list) expect(() => domainTableSchemas[table as keyof typeof domainTableSchemas].parse(row)).not.toThrow();
    }
    const again = rosterToRows(rosterSchema.parse(roster), '2030-01-01T00:00:00.000Z');
    expect(again.persons.map((p) => p.id)).toEqual(rows.persons.map((p) => p.id));
    expect(new Set(rows.persons.map((p) => p.id)).size).toBe(rows.persons.length);
  });

  it('makes Carsten Michaelis the spokesperson from 2025, on the seats of the register', () => {
    expect(rows.roles.map((r) => [personDisplayName(byId.get(r.personId)!), r.kind, r.validFrom, r.validTo])).toEqual([
      ['Carsten Michaelis', 'spokesperson', '2025-01-01', undefined],
    ]);
    const headSeats = rows.memberships.filter((m) => m.category === 'head').map((m) => m.seatId);
    expect(new Set(headSeats).size).toBe(5);
    expect(new Set(rows.memberships.map((m) => m.seatId)).size).toBe(18);
  });

  it('splits academic titles from names', () => {
    const dix = rows.persons.find((p) => p.lastName === 'Dix')!;
    expect(dix).toMatchObject({ title: 'Prof. Dr.', firstName: 'Martin' });
  });
});
