import { addressLines, postalAddressOf, type PostalAddress } from '../domain/letterAddress';
import type { Person } from '../domain/person';
import type { RosterSeat } from './sittingRoster';

/** One letter of the serial letter: to a member, or a copy "zur Kenntnis" to a standing deputy. */
export interface LetterRecipient {
  key: string;
  person: Person;
  kind: 'member' | 'copy';
  /** For a copy: the member whose standing deputy the recipient is. */
  forMember?: Person | undefined;
  address: PostalAddress | undefined;
  /** The address field's lines (name lines only when the address is missing). */
  addressLines: string[];
}

/**
 * The recipients of an invitation (or a change letter): each member of the sitting's roster that is
 * on the register for that day, in roster order, then each standing deputy once (a copy "zur
 * Kenntnis"; a person who is both member and deputy gets only their member letter).
 */
export function letterRecipients(seats: readonly RosterSeat[], personById: ReadonlyMap<string, Person>): LetterRecipient[] {
  const persons = [...personById.values()];
  const make = (person: Person, kind: LetterRecipient['kind'], key: string, forMember?: Person): LetterRecipient => {
    const address = postalAddressOf(person, persons);
    return { key, person, kind, forMember, address, addressLines: addressLines(person, address) };
  };
  const letters: LetterRecipient[] = [];
  const seen = new Set<string>();
  for (const seat of seats) {
    if (!seat.onRegister) continue;
    const person = personById.get(seat.membership.personId);
    if (!person || seen.has(person.id)) continue;
    seen.add(person.id);
    letters.push(make(person, 'member', `member-${seat.membership.id}`));
  }
  for (const seat of seats) {
    if (!seat.onRegister) continue;
    const member = personById.get(seat.membership.personId);
    for (const deputy of seat.standingDeputies) {
      const person = personById.get(deputy.personId);
      if (!person || seen.has(person.id)) continue;
      seen.add(person.id);
      letters.push(make(person, 'copy', `copy-${deputy.id}`, member));
    }
  }
  return letters;
}

/** The recipients without a postal address: warned about before printing. */
export function recipientsWithoutAddress(letters: readonly LetterRecipient[]): Person[] {
  return letters.filter((l) => !l.address).map((l) => l.person);
}
