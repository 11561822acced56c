import { format, parseISO } from 'date-fns';
import { de } from 'date-fns/locale';
import { nameWithFunction } from '../domain/functionCase';
import { personDisplayName, personWithFunction, type Person } from '../domain/person';
import type { OfficeDetails } from '../domain/settings';
import type { Attendance, Guest } from '../domain/sitting';
import type { Territory } from '../domain/territory';
import type { Body } from '../domain/membership';

/**
 * The press release of a held sitting, as German prose made by rules from the recorded data
 * (never a language model): heading, a lead with date, place and host, the territories and members
 * with their functions and representations in correct case (shared/domain/functionCase.ts), the
 * guests, the public topics and decisions (never non-public ones), a quote placeholder, and the
 * Geschäftsstelle's contact block. Modelled on the convent's own release of 29 April 2025.
 */

export interface PressSeat {
  person: Person;
  category: 'head' | 'personality' | 'permanent';
  territory?: Pick<Territory, 'name' | 'kind'> | undefined;
  attendance?: Pick<Attendance, 'status'> | undefined;
  deputy?: Person | undefined;
}

export interface PressDecision {
  /** "Beschluss Nr. 03/2026", when numbered. */
  number?: string | undefined;
  wording: string;
  votes?: { yes: number; no: number; abstain: number } | undefined;
  unanimous?: boolean | undefined;
  accepted: boolean;
}

export interface PressReleaseFacts {
  /** "Regionalkonvent Südwestsachsen" */
  conventName: string;
  body: Body;
  sittingNumber?: number | undefined;
  date: string;
  venue: string;
  host?: Pick<Territory, 'name' | 'kind' | 'seat'> | undefined;
  /** The sitting's roster in its order (shared/sittings/sittingRoster.ts). */
  seats: readonly PressSeat[];
  guests: readonly Pick<Guest, 'name' | 'function' | 'organization'>[];
  /** Who speaks for the convent on the sitting's date (the quote placeholder names them). */
  spokesperson?: Person | undefined;
  /** Titles of the public agenda items, in order. */
  publicTopics: readonly string[];
  /** Decisions of public agenda items only. */
  decisions: readonly PressDecision[];
  /** The next sitting, if one is planned. */
  next?: { date: string; venue: string } | undefined;
  office: OfficeDetails;
  /** The release's date (ISO), for the dateline. */
  releaseDate: string;
}

const longDate = (iso: string) => format(parseISO(iso), 'EEEE, d. MMMM yyyy', { locale: de });
const shortDate = (iso: string) => format(parseISO(iso), 'dd.MM.yyyy');

/** "A", "A und B", "A, B und C" */
function germanList(items: readonly string[], last = 'und'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const bodyNominative = (body: Body, convent: string) => (body === 'extended' ? `der erweiterte ${convent}` : `der ${convent}`);
const bodyShort = (body: Body) => (body === 'extended' ? 'der erweiterte Regionalkonvent' : 'der Regionalkonvent');
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('de') + text.slice(1);

/** "des Landkreises Zwickau", "des Erzgebirgskreises", "der Stadt Chemnitz" (after "auf Einladung"). */
function territoryGenitive(name: string): string {
  if (name.startsWith('Landkreis ')) return `des Landkreises ${name.slice('Landkreis '.length)}`;
  if (name.startsWith('Stadt ')) return `der ${name}`;
  if (/kreis$/.test(name)) return `des ${name}es`;
  return `von ${name}`;
}

/** A member with function, in the nominative, and how they took part. */
function seatText(seat: PressSeat): string {
  const member = personWithFunction(seat.person);
  switch (seat.attendance?.status) {
    case 'represented':
      return seat.deputy ? `${member}, vertreten durch ${personWithFunction(seat.deputy, 'accusative')}` : `${member}, vertreten`;
    case 'excused':
      return `${member}, entschuldigt`;
    case 'absent':
      return `${member}, nicht anwesend`;
    default:
      return member;
  }
}

/**
 * "aus den Landkreisen Zwickau (…), Mittelsachsen (…), dem Erzgebirgskreis (…) und dem Vogtlandkreis
 * (…) sowie der Stadt Chemnitz (…)": the territories in the dative, each with its head.
 */
function territoriesSentence(heads: readonly PressSeat[], body: Body): string {
  const countyGroup: string[] = [];
  const counties: string[] = [];
  const cities: string[] = [];
  for (const seat of heads) {
    const name = seat.territory?.name ?? '';
    const detail = `(${seatText(seat)})`;
    if (name.startsWith('Landkreis ')) countyGroup.push(`${name.slice('Landkreis '.length)} ${detail}`);
    else if (name.startsWith('Stadt ')) cities.push(`der ${name} ${detail}`);
    else if (/kreis$/.test(name) || seat.territory?.kind === 'Landkreis') counties.push(`dem ${name} ${detail}`);
    else cities.push(`${name || personDisplayName(seat.person)} ${detail}`);
  }
  const countyPhrases: string[] = [];
  if (countyGroup.length === 1) countyPhrases.push(`dem Landkreis ${countyGroup[0]}`);
  if (countyGroup.length > 1) countyPhrases.push(`den Landkreisen ${countyGroup.join(', ')}`);
  countyPhrases.push(...counties);
  const countyText = germanList(countyPhrases);
  const cityText = germanList(cities);
  const all = countyText && cityText ? `${countyText} sowie ${cityText}` : countyText || cityText;
  return body === 'extended'
    ? `Der erweiterte Regionalkonvent vereint die Spitzen aus ${all} mit Persönlichkeiten aus Wirtschaft, Wissenschaft und Gesellschaft.`
    : `Der Regionalkonvent besteht aus ${all}.`;
}

/** "Dr. Daniel Daum (Geschäftsführer, Freie Presse Mediengruppe)" with the attendance after it. */
function memberText(seat: PressSeat): string {
  const { person } = seat;
  const fn = person.function.trim();
  const organization = person.organization.trim();
  const details = [fn, organization && !fn.includes(organization) ? organization : ''].filter(Boolean).join(', ');
  const named = details ? `${personDisplayName(person)} (${details})` : personDisplayName(person);
  if (seat.attendance?.status === 'represented' && seat.deputy) return `${named}, vertreten durch ${personWithFunction(seat.deputy, 'accusative')}`;
  return named;
}

const tookPart = (seat: PressSeat) => seat.attendance?.status === 'present' || seat.attendance?.status === 'represented';

function votesText(decision: PressDecision): string {
  const verdict = decision.accepted ? 'angenommen' : 'abgelehnt';
  if (decision.unanimous) return `einstimmig ${verdict}`;
  if (!decision.votes) return verdict;
  const { yes, no, abstain } = decision.votes;
  const parts = [`${yes} ${yes === 1 ? 'Ja-Stimme' : 'Ja-Stimmen'}`, `${no} ${no === 1 ? 'Nein-Stimme' : 'Nein-Stimmen'}`, `${abstain} ${abstain === 1 ? 'Enthaltung' : 'Enthaltungen'}`];
  return `${verdict} mit ${germanList(parts)}`;
}

/** The release as plain text: paragraphs separated by a blank line; the first line is the heading. */
export function pressReleaseText(facts: PressReleaseFacts): string {
  const convent = facts.conventName.trim() || 'Regionalkonvent';
  const place = facts.host?.seat?.trim() || facts.venue.trim();
  const heading = `${facts.body === 'extended' ? `Erweiterter ${convent}` : convent} tagte${place ? ` in ${place}` : ''}`;
  const number = facts.sittingNumber ? ` zu seiner ${facts.sittingNumber}. Sitzung` : ' zu einer Sitzung';
  const invitation = facts.host ? ` auf Einladung ${territoryGenitive(facts.host.name)}` : '';
  const dateline = [place, shortDate(facts.releaseDate)].filter(Boolean).join(', ');
  const venue = facts.venue.trim();
  const venueSentence = venue && venue !== place ? ` Tagungsort war ${venue}.` : '';
  const lead = `${dateline} – Am ${longDate(facts.date)}, kam ${bodyNominative(facts.body, convent)}${invitation}${number} zusammen.${venueSentence}`;

  const paragraphs: string[] = [heading, lead];

  const heads = facts.seats.filter((s) => s.category === 'head');
  if (heads.length > 0) paragraphs.push(territoriesSentence(heads, facts.body));

  const personalities = facts.seats.filter((s) => s.category === 'personality' && tookPart(s));
  const permanent = facts.seats.filter((s) => s.category === 'permanent' && tookPart(s));
  const members: string[] = [];
  if (personalities.length > 0) members.push(`Aus Wirtschaft, Wissenschaft und Gesellschaft nahmen teil: ${personalities.map(memberText).join('; ')}.`);
  if (permanent.length > 0) members.push(`${permanent.length === 1 ? 'Als ständiges Mitglied nahm' : 'Als ständige Mitglieder nahmen'} teil: ${permanent.map(memberText).join('; ')}.`);
  if (members.length > 0) paragraphs.push(members.join(' '));

  if (facts.guests.length > 0) {
    const guests = facts.guests.map((g) => {
      const fn = [g.function.trim(), g.organization.trim()].filter(Boolean).join(' ');
      return nameWithFunction(g.name.trim(), fn, 'accusative');
    });
    paragraphs.push(`Als ${guests.length === 1 ? 'Gast' : 'Gäste'} begrüßte ${bodyShort(facts.body)} ${germanList(guests)}.`);
  }

  if (facts.publicTopics.length > 0) {
    paragraphs.push(`Auf der Tagesordnung standen: ${germanList(facts.publicTopics.map((t) => `„${t.trim()}“`))}.`);
  }

  if (facts.decisions.length > 0) {
    const lines = facts.decisions.map((d) => `${d.number ? `${d.number}: ` : ''}${d.wording.trim()} (${votesText(d)})`);
    paragraphs.push([`${capitalize(bodyShort(facts.body))} fasste ${facts.decisions.length === 1 ? 'folgenden Beschluss' : 'folgende Beschlüsse'}:`, ...lines.map((l) => `– ${l}`)].join('\n'));
  }

  const speaker = facts.spokesperson ?? heads.find((s) => s.territory?.name === facts.host?.name)?.person;
  const role = facts.spokesperson ? `, ${facts.spokesperson.salutation === 'Frau' ? 'Sprecherin' : 'Sprecher'} des Regionalkonvents` : '';
  const sayer = speaker ? `, sagte ${personWithFunction(speaker)}${role}` : '';
  paragraphs.push(`„[Zitat einfügen]“${sayer}.`);

  if (facts.next) paragraphs.push(`Die nächste Sitzung findet am ${longDate(facts.next.date)}${facts.next.venue.trim() ? ` in ${facts.next.venue.trim()}` : ''} statt.`);

  const office = facts.office;
  const contact = [
    'Pressekontakt:',
    office.officeName,
    [office.officeStreet, [office.officePostalCode, office.officeCity].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    office.contactName ? `Ansprechpartner: ${office.contactName}` : '',
    office.contactPhone ? `Telefon: ${office.contactPhone}` : '',
    office.contactEmail ? `E-Mail: ${office.contactEmail}` : '',
  ].filter(Boolean);
  paragraphs.push(contact.join('\n'));
  return paragraphs.join('\n\n');
}
