import type { Deputy, Membership, Role } from '../../../../shared/domain/membership';
import type { Person } from '../../../../shared/domain/person';
import { stableId } from '../../../../shared/domain/stableId';

/** Small row builders for rule tests: ids derived from names, so tests read like the register. */
export const NOW = '2026-11-21T08:00:00.000Z';

export function person(name: string, extra: Partial<Person> = {}): Person {
  const parts = name.split(' ');
  const lastName = parts.pop()!;
  return { id: stableId(`p:${name}`), updatedAt: NOW, title: '', firstName: parts.join(' '), lastName, function: '', organization: '', email: '', phone: '', notes: '', ...extra };
}

export function membership(key: string, p: Person, seat: string, validFrom: string, validTo?: string, extra: Partial<Membership> = {}): Membership {
  return {
    id: stableId(`m:${key}`),
    updatedAt: NOW,
    personId: p.id,
    seatId: stableId(`seat:${seat}`),
    body: 'core',
    category: 'head',
    validFrom,
    ...(validTo ? { validTo } : {}),
    ...extra,
  };
}

export function deputy(key: string, m: Membership, p: Person, position: number, validFrom: string, validTo?: string): Deputy {
  return { id: stableId(`d:${key}`), updatedAt: NOW, membershipId: m.id, personId: p.id, position, validFrom, ...(validTo ? { validTo } : {}) };
}

export function spokespersonTerm(key: string, p: Person, validFrom: string, validTo?: string): Role {
  return { id: stableId(`r:${key}`), updatedAt: NOW, personId: p.id, kind: 'spokesperson', validFrom, ...(validTo ? { validTo } : {}) };
}

let counter = 0;
/** Fresh ULID-shaped ids for rules that create rows. */
export const nextId = () => stableId(`new:${counter++}`);
