import type { Person } from './person';
import { personDisplayName } from './person';
import { isLongFunction } from './functionCase';

/**
 * A person as the addressee of a letter (DIN 5008): the address lines for the window envelope and
 * the personal salutation.
 */
type Addressee = Pick<Person, 'title' | 'firstName' | 'lastName' | 'function' | 'organization'> &
  Pick<Partial<Person>, 'salutation' | 'street' | 'postalCode' | 'city' | 'addressIsOrganization'>;

/** Offices that German letters name in the address and the salutation ("Herrn Landrat", "Sehr geehrte Frau Staatsministerin"). */
const OFFICE_TITLES = new Set([
  'Landrat', 'Landrätin', 'Oberbürgermeister', 'Oberbürgermeisterin', 'Bürgermeister', 'Bürgermeisterin',
  'Präsident', 'Präsidentin', 'Vizepräsident', 'Vizepräsidentin', 'Staatsminister', 'Staatsministerin',
  'Minister', 'Ministerin', 'Staatssekretär', 'Staatssekretärin', 'Ministerpräsident', 'Ministerpräsidentin',
]);

/** "Landrat" for a Landrat; '' for functions a salutation does not name (Geschäftsführer, long ones). */
export function salutationOffice(functionText: string): string {
  const fn = functionText.trim();
  return !isLongFunction(fn) && OFFICE_TITLES.has(fn) ? fn : '';
}

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  /** The address is the organization's: its name heads the address. */
  atOrganization: boolean;
}

const hasAddress = (p: Addressee) => !!(p.street?.trim() && p.postalCode?.trim() && p.city?.trim());

/**
 * The postal address of a person: their own, or else that of their organization as another person
 * of the same organization has it stored as a Dienstanschrift. Undefined when none is known.
 */
export function postalAddressOf(person: Addressee, others: readonly Addressee[] = []): PostalAddress | undefined {
  if (hasAddress(person)) {
    return { street: person.street!.trim(), postalCode: person.postalCode!.trim(), city: person.city!.trim(), atOrganization: !!person.addressIsOrganization && !!person.organization.trim() };
  }
  const organization = person.organization.trim();
  if (!organization) return undefined;
  const colleague = others.find((o) => o !== person && o.addressIsOrganization && o.organization.trim() === organization && hasAddress(o));
  return colleague ? { street: colleague.street!.trim(), postalCode: colleague.postalCode!.trim(), city: colleague.city!.trim(), atOrganization: true } : undefined;
}

/**
 * The address field's lines (at most 6, DIN 5008):
 *   Landkreis Zwickau / Herrn Landrat / Carsten Michaelis / Straße 1 / 08056 Zwickau
 *   Herrn / Dr. Daniel Daum / Straße 1 / 09111 Chemnitz (private address)
 * Without an address: the name lines only; the caller shows the placeholder.
 */
export function addressLines(person: Addressee, address: PostalAddress | undefined): string[] {
  const name = personDisplayName(person);
  const office = salutationOffice(person.function);
  const form = person.salutation === 'Herr' ? 'Herrn' : person.salutation === 'Frau' ? 'Frau' : '';
  const lines: string[] = [];
  if (address?.atOrganization) lines.push(person.organization.trim());
  if (form || office) {
    lines.push([form, office].filter(Boolean).join(' '));
    lines.push(name);
  } else {
    lines.push(name);
  }
  if (address) lines.push(address.street, `${address.postalCode} ${address.city}`);
  return lines.slice(0, 6);
}

/**
 * The personal salutation (GERMAN-DOCUMENTS.md §1): "Sehr geehrter Herr Landrat Michaelis,",
 * "Sehr geehrte Frau Dr. Kreller,"; DIN 5008's "Guten Tag Kim Meier," where no form of address is
 * stored. English: "Dear Mr Michaelis," / "Dear Dr Kreller,".
 */
export function letterSalutation(person: Addressee, language: 'de' | 'en'): string {
  const title = person.title.trim();
  const office = salutationOffice(person.function);
  if (language === 'en') {
    const englishTitle = title.replace(/\./g, '');
    if (!person.salutation) return `Dear ${personDisplayName(person)},`;
    const form = englishTitle || (person.salutation === 'Herr' ? 'Mr' : 'Ms');
    return `Dear ${form} ${person.lastName},`;
  }
  if (!person.salutation) return `Guten Tag ${personDisplayName(person)},`;
  const opening = person.salutation === 'Herr' ? 'Sehr geehrter Herr' : 'Sehr geehrte Frau';
  return `${[opening, office, title, person.lastName].filter(Boolean).join(' ')},`;
}
