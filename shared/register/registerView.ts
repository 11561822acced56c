import type { Body, Deputy, MemberCategory, Membership, Role } from '../domain/membership';
import { memberCategories } from '../domain/membership';
import { deputiesAsOf, membersAsOf } from '../domain/membersAsOf';
import type { Person } from '../domain/person';
import type { Territory } from '../domain/territory';
import { roleHolderAsOf } from '../domain/spokespersonTerms';

/**
 * The register as of a date: who sits in the convent on that day, grouped by category
 * (Gebietskörperschaften, Persönlichkeiten, Ständige Mitglieder), with each member's standing
 * deputies of that day. The screen, the CSV and the printed register all read this one view.
 */
export interface RegisterData {
  persons: readonly Person[];
  memberships: readonly Membership[];
  deputies: readonly Deputy[];
  roles: readonly Role[];
  territories: readonly Territory[];
}

export interface RegisterDeputy {
  deputy: Deputy;
  person: Person;
}

export interface RegisterEntry {
  membership: Membership;
  person: Person;
  territory?: Territory | undefined;
  deputies: RegisterDeputy[];
  /** The spokesperson term running on the date, when this member holds it. */
  spokesperson?: Role | undefined;
}

export interface RegisterGroup {
  category: MemberCategory;
  entries: RegisterEntry[];
}

export interface RegisterFilter {
  body: Body;
  category: MemberCategory | 'all';
  territoryId: string | 'all';
  /** Matches name (with title) or organization; case, accents and ß do not matter. */
  search: string;
}

export const fullRegisterFilter: RegisterFilter = { body: 'extended', category: 'all', territoryId: 'all', search: '' };

/** A person row that sync has not delivered yet: shown, never hidden. */
function unknownPerson(id: string): Person {
  return { id, updatedAt: '', title: '', firstName: '', lastName: 'Unbekannte Person', function: '', organization: '', email: '', phone: '', notes: '' };
}

/** Lower case, without accents, ß as ss: "Päßler" and "passler" match. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss');
}

export function personMatchesSearch(person: Person, search: string): boolean {
  const words = searchKey(search).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = searchKey([person.title, person.firstName, person.lastName, person.organization].join(' '));
  return words.every((word) => haystack.includes(word));
}

const byName = (a: Person, b: Person) =>
  a.lastName.localeCompare(b.lastName, 'de') || a.firstName.localeCompare(b.firstName, 'de');

export function registerAsOf(data: RegisterData, date: string, filter: RegisterFilter = fullRegisterFilter): RegisterGroup[] {
  const personById = new Map(data.persons.map((p) => [p.id, p]));
  const territoryById = new Map(data.territories.map((t) => [t.id, t]));
  const person = (id: string) => personById.get(id) ?? unknownPerson(id);
  const spokesperson = roleHolderAsOf(data.roles, 'spokesperson', date);

  const entries: RegisterEntry[] = membersAsOf(data.memberships, filter.body, date)
    .filter((m) => filter.category === 'all' || m.category === filter.category)
    .filter((m) => filter.territoryId === 'all' || m.territoryId === filter.territoryId)
    .map((membership) => ({
      membership,
      person: person(membership.personId),
      territory: membership.territoryId ? territoryById.get(membership.territoryId) : undefined,
      deputies: deputiesAsOf(membership, data.deputies, date).map((deputy) => ({ deputy, person: person(deputy.personId) })),
      spokesperson: spokesperson?.personId === membership.personId ? spokesperson : undefined,
    }))
    .filter((entry) => personMatchesSearch(entry.person, filter.search));

  return memberCategories
    .filter((category) => filter.category === 'all' || filter.category === category)
    .map((category) => ({
      category,
      entries: entries
        .filter((e) => e.membership.category === category)
        // Heads in the rotation order of their territories, everyone else alphabetically.
        .sort((a, b) =>
          category === 'head'
            ? (a.territory?.rotationIndex ?? 99) - (b.territory?.rotationIndex ?? 99) || byName(a.person, b.person)
            : byName(a.person, b.person),
        ),
    }));
}
