import roster from '../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../shared/demo/rosterSchema';
import { rosterToRows, type DemoRows } from '../../../../shared/demo/rosterToRows';
import type { Person } from '../../../../shared/domain/person';

/** The real convent (assets/demo/roster.json) as rows: the realistic fixture. */
export function demoRows(): DemoRows {
  return rosterToRows(rosterSchema.parse(roster), '2025-01-01T00:00:00.000Z');
}

export function personNamed(rows: DemoRows, lastName: string): Person {
  const person = rows.persons.find((p) => p.lastName === lastName);
  if (!person) throw new Error(`no demo person ${lastName}`);
  return person;
}

export function membershipOf(rows: DemoRows, lastName: string) {
  const person = personNamed(rows, lastName);
  const membership = rows.memberships.find((m) => m.personId === person.id);
  if (!membership) throw new Error(`no demo membership of ${lastName}`);
  return membership;
}

export const demoOrder = (rows: DemoRows) => ({
  persons: new Map(rows.persons.map((p) => [p.id, p])),
  territories: new Map(rows.territories.map((t) => [t.id, t])),
});
