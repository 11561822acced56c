import { describe, expect, it } from 'vitest';
import roster from '../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../shared/demo/rosterToRows';
import { membershipDeletionRefusal, personDeletionRefusal, type PersonReferences } from '../../../../shared/domain/deletionGuards';
import type { Minutes } from '../../../../shared/domain/minutes';
import { NOW } from '../support/memberRows';
import { english, german } from '../support/ruleText';

const rows = rosterToRows(rosterSchema.parse(roster), NOW);
const byLastName = (lastName: string) => rows.persons.find((p) => p.lastName === lastName)!;

function refs(lastName: string, extra: Partial<PersonReferences> = {}): PersonReferences {
  const person = byLastName(lastName);
  return {
    person,
    memberships: rows.memberships.filter((m) => m.personId === person.id),
    attendance: rows.attendance,
    sittings: rows.sittings,
    minutes: [],
    actionItems: [],
    ...extra,
  };
}

describe('deleting persons and memberships that sittings refer to', () => {
  it('refuses a member who is in an attendance list, with the sitting date and what to do instead', () => {
    expect(german(personDeletionRefusal(refs('Michaelis')))).toBe(
      'Carsten Michaelis kann nicht gelöscht werden: Die Person steht als Mitglied in der Anwesenheit der Sitzung vom 28.04.2025. ' +
        'Sitzungsunterlagen bleiben unverändert. Beenden Sie stattdessen die Mitgliedschaft oder die Vertretung (Enddatum eintragen).',
    );
  });

  it('refuses a deputy who represented a member', () => {
    expect(german(personDeletionRefusal(refs('Beier')))).toContain('Dr. Lothar Beier kann nicht gelöscht werden: Die Person steht als Vertretung in der Anwesenheit der Sitzung vom 28.04.2025.');
  });

  it('refuses a person named in minutes as chair or recorder', () => {
    const minutes: Minutes = {
      id: rows.sittings[0]!.id,
      updatedAt: NOW,
      sittingId: rows.sittings[0]!.id,
      chair: 'Landrat Carsten Michaelis',
      recorder: 'Matthias Lißke',
      place: 'Zwickau',
      status: 'draft',
      version: 1,
    };
    expect(german(personDeletionRefusal(refs('Lißke', { minutes: [minutes] })))).toContain('wird in der Niederschrift der Sitzung vom 28.04.2025 genannt');
  });

  it('allows deleting a member nobody refers to', () => {
    expect(german(personDeletionRefusal(refs('Dix')))).toBeUndefined();
  });

  it('lists several sitting dates briefly', () => {
    const sittings = ['2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01', '2025-09-01'].map((date, i) => ({ ...rows.sittings[0]!, id: `${i}`, date }));
    const member = refs('Michaelis').memberships[0]!;
    const attendance = sittings.map((s) => ({ ...rows.attendance[0]!, sittingId: s.id, membershipId: member.id }));
    expect(german(membershipDeletionRefusal(member, 'Carsten Michaelis', attendance, sittings))).toBe(
      'Die Mitgliedschaft von Carsten Michaelis kann nicht gelöscht werden: Sie steht in der Anwesenheit der Sitzungen vom 01.05.2025, 01.06.2025, 01.07.2025 und 2 weiteren. ' +
        'Beenden Sie sie stattdessen (Enddatum eintragen).',
    );
    expect(membershipDeletionRefusal(member, 'Carsten Michaelis', [], sittings)).toBeUndefined();
  });

  it('gives the reason as a code the English UI writes in English (dates, several reasons, unknown holder)', () => {
    const beier = refs('Beier');
    const reason = personDeletionRefusal({ ...beier, attendance: [...beier.attendance, { ...rows.attendance[0]!, membershipId: beier.memberships[0]?.id ?? 'x' }] });
    expect(reason).toMatch(/^personInUse\|/);
    expect(english(personDeletionRefusal(refs('Michaelis')))).toBe(
      'Carsten Michaelis cannot be deleted: the person is listed as a member in the attendance of the sitting of 28/04/2025. ' +
        'Sitting records stay unchanged. End the membership or the deputy entry instead (enter an end date).',
    );
    const sittings = ['2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01'].map((date, i) => ({ ...rows.sittings[0]!, id: `${i}`, date }));
    const member = refs('Michaelis').memberships[0]!;
    const attendance = sittings.map((s) => ({ ...rows.attendance[0]!, sittingId: s.id, membershipId: member.id }));
    expect(english(membershipDeletionRefusal(member, undefined, attendance, sittings))).toBe(
      'The membership of an unknown person cannot be deleted: it is listed in the attendance of the sittings of 01/05/2025, 01/06/2025, 01/07/2025 and 1 more. ' +
        'End it instead (enter an end date).',
    );
    expect(german(membershipDeletionRefusal(member, undefined, attendance.slice(0, 2), sittings))).toContain(
      'Die Mitgliedschaft von einer unbekannten Person kann nicht gelöscht werden: Sie steht in der Anwesenheit der Sitzungen vom 01.05.2025 und 01.06.2025.',
    );
  });
});
