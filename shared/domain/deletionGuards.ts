import type { Membership } from './membership';
import type { ActionItem, Minutes } from './minutes';
import type { Person } from './person';
import { personDisplayName } from './person';
import type { Attendance, Sitting } from './sitting';
import { ruleMessage, type SittingDates } from './validationCodes';

/**
 * Persons and memberships that sittings refer to must stay: attendance lists and minutes are
 * records, and deleting a member would silently change them. Such a delete is refused with the
 * reason and what to do instead (end the membership). Anything unused may be deleted. The reason is a
 * validation code with its parameters; the UI writes the sentence (messages/validation.ts).
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
  const membershipIds = new Set(refs.memberships.map((m) => m.id));
  const asMember = refs.attendance.filter((a) => membershipIds.has(a.membershipId));
  const asDeputy = refs.attendance.filter((a) => a.deputyPersonId === refs.person.id);
  const inMinutes = mentionsIn(refs.person, refs.minutes, refs.actionItems);
  if (!asMember.length && !asDeputy.length && !inMinutes.length) return undefined;
  return ruleMessage('personInUse', {
    name: personDisplayName(refs.person),
    ...(asMember.length ? { asMember: sittingDates(asMember.map((a) => a.sittingId), refs.sittings) } : {}),
    ...(asDeputy.length ? { asDeputy: sittingDates(asDeputy.map((a) => a.sittingId), refs.sittings) } : {}),
    ...(inMinutes.length ? { inMinutes: sittingDates(inMinutes, refs.sittings) } : {}),
  });
}

export function membershipDeletionRefusal(
  membership: Membership,
  holderName: string | undefined,
  attendance: readonly Attendance[],
  sittings: readonly Sitting[],
): string | undefined {
  const uses = attendance.filter((a) => a.membershipId === membership.id);
  if (!uses.length) return undefined;
  return ruleMessage('membershipInUse', {
    ...(holderName === undefined ? {} : { holder: holderName }),
    sittings: sittingDates(uses.map((a) => a.sittingId), sittings),
  });
}

/** The first three dates of the sittings (sorted, each once) and how many more; no dates: a sitting without one. */
function sittingDates(sittingIds: readonly string[], sittings: readonly Sitting[]): SittingDates {
  const dateById = new Map(sittings.map((s) => [s.id, s.date]));
  const dates = [...new Set(sittingIds.map((id) => dateById.get(id)).filter((d): d is string => !!d))].sort();
  return { dates: dates.slice(0, 3), more: Math.max(0, dates.length - 3) };
}

/** Minutes name people as text (chair, recorder, owner of an action item); a name match counts. The sittings named. */
function mentionsIn(person: Person, minutes: readonly Minutes[], actionItems: readonly ActionItem[]): string[] {
  const needle = `${person.firstName} ${person.lastName}`.trim().toLocaleLowerCase('de');
  if (!needle) return [];
  const names = (text: string) => text.toLocaleLowerCase('de').includes(needle);
  return [
    ...new Set([
      ...minutes.filter((m) => names(m.chair) || names(m.recorder)).map((m) => m.sittingId),
      ...actionItems.filter((a) => names(a.owner)).map((a) => a.sittingId),
    ]),
  ];
}
