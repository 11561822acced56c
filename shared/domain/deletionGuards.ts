import type { Membership } from './membership';
import type { ActionItem, Minutes } from './minutes';
import type { Person } from './person';
import { personDisplayName } from './person';
import type { Attendance, Sitting } from './sitting';
import { germanDate } from '../dates/germanDates';

/**
 * Persons and memberships that sittings refer to must stay: attendance lists and minutes are
 * records, and deleting a member would silently change them. Such a delete is refused with the
 * reason and what to do instead (end the membership). Anything unused may be deleted.
 */
export interface PersonReferences {
  person: Person;
  /** The person's memberships. */
  memberships: readonly Membership[];
  /** Attendance rows of those memberships or naming the person as deputy. */
  attendance: readonly Attendance[];
  sittings: readonly Sitting[];
  minutes: readonly Minutes[];
  actionItems: readonly ActionItem[];
}

export function personDeletionRefusal(refs: PersonReferences): string | undefined {
  const name = personDisplayName(refs.person);
  const membershipIds = new Set(refs.memberships.map((m) => m.id));
  const asMember = refs.attendance.filter((a) => membershipIds.has(a.membershipId));
  const asDeputy = refs.attendance.filter((a) => a.deputyPersonId === refs.person.id);
  const reasons: string[] = [];
  if (asMember.length) reasons.push(`steht als Mitglied in der Anwesenheit ${sittingDates(asMember.map((a) => a.sittingId), refs.sittings)}`);
  if (asDeputy.length) reasons.push(`steht als Vertretung in der Anwesenheit ${sittingDates(asDeputy.map((a) => a.sittingId), refs.sittings)}`);
  const mentioned = mentionsIn(refs.person, refs.minutes, refs.actionItems, refs.sittings);
  if (mentioned) reasons.push(mentioned);
  if (!reasons.length) return undefined;
  return (
    `${name} kann nicht gelöscht werden: Die Person ${joinGerman(reasons)}. ` +
    `Sitzungsunterlagen bleiben unverändert. Beenden Sie stattdessen die Mitgliedschaft oder die Vertretung (Enddatum eintragen).`
  );
}

export function membershipDeletionRefusal(
  membership: Membership,
  holderName: string,
  attendance: readonly Attendance[],
  sittings: readonly Sitting[],
): string | undefined {
  const uses = attendance.filter((a) => a.membershipId === membership.id);
  if (!uses.length) return undefined;
  return (
    `Die Mitgliedschaft von ${holderName} kann nicht gelöscht werden: Sie steht in der Anwesenheit ${sittingDates(uses.map((a) => a.sittingId), sittings)}. ` +
    `Beenden Sie sie stattdessen (Enddatum eintragen).`
  );
}

/** "der Sitzung vom 28.04.2025" / "der Sitzungen vom 28.04.2025, 12.05.2025 und 2 weiteren" */
function sittingDates(sittingIds: readonly string[], sittings: readonly Sitting[]): string {
  const dateById = new Map(sittings.map((s) => [s.id, s.date]));
  const dates = [...new Set(sittingIds.map((id) => dateById.get(id)).filter((d): d is string => !!d))].sort();
  if (dates.length === 0) return 'einer Sitzung';
  const shown = dates.slice(0, 3).map(germanDate);
  const rest = dates.length - shown.length;
  if (dates.length === 1) return `der Sitzung vom ${shown[0]}`;
  return `der Sitzungen vom ${rest > 0 ? `${shown.join(', ')} und ${rest} weiteren` : joinGerman(shown)}`;
}

/** Minutes name people as text (chair, recorder, owner of an action item); a name match counts. */
function mentionsIn(person: Person, minutes: readonly Minutes[], actionItems: readonly ActionItem[], sittings: readonly Sitting[]): string | undefined {
  const needle = `${person.firstName} ${person.lastName}`.trim().toLocaleLowerCase('de');
  if (!needle) return undefined;
  const names = (text: string) => text.toLocaleLowerCase('de').includes(needle);
  const sittingIds = new Set([
    ...minutes.filter((m) => names(m.chair) || names(m.recorder)).map((m) => m.sittingId),
    ...actionItems.filter((a) => names(a.owner)).map((a) => a.sittingId),
  ]);
  if (!sittingIds.size) return undefined;
  return `wird in der Niederschrift ${sittingDates([...sittingIds], sittings)} genannt`;
}

function joinGerman(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} und ${parts[parts.length - 1]}`;
}
