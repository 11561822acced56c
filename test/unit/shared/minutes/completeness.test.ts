import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../../../shared/minutes/completeness';
import { agendaItem, completeMinutes, decision, demoDocument, demoRows, demoSitting } from '../../../fixtures/minutesFixture';

const sittingId = demoSitting(demoRows()).id;
const item = agendaItem(sittingId, 1, 'Begrüßung und Feststellung der Beschlussfähigkeit');

describe('completeness check before "Zur Genehmigung versenden"', () => {
  it('finds nothing missing in complete minutes of the demo sitting', () => {
    const document = demoDocument({
      agendaItems: [item],
      decisions: [decision(item.id, 'Der Regionalkonvent beschließt die Geschäftsordnung.', { yes: 5, no: 0, abstain: 0 })],
    });
    expect(checkCompleteness(document)).toEqual([]);
  });

  it('lists every missing header field, each with the field to go to', () => {
    const document = demoDocument({
      agendaItems: [item],
      minutes: completeMinutes(sittingId, { chair: ' ', recorder: '', start: undefined, end: undefined, place: '' }),
    });
    expect(checkCompleteness(document)).toEqual([
      { code: 'chairMissing', target: { kind: 'header', field: 'chair' } },
      { code: 'recorderMissing', target: { kind: 'header', field: 'recorder' } },
      { code: 'startMissing', target: { kind: 'header', field: 'start' } },
      { code: 'endMissing', target: { kind: 'header', field: 'end' } },
      { code: 'placeMissing', target: { kind: 'header', field: 'place' } },
    ]);
  });

  it('refuses an end before the start', () => {
    const document = demoDocument({ agendaItems: [item], minutes: completeMinutes(sittingId, { start: '14:00', end: '13:30' }) });
    expect(checkCompleteness(document).map((p) => p.code)).toEqual(['endBeforeStart']);
  });

  it('names members whose attendance is not recorded and absent members without a reason', () => {
    const rows = demoRows();
    const krueger = rows.memberships.find((m) => rows.persons.find((p) => p.id === m.personId)?.lastName === 'Krüger')!;
    const hennig = rows.memberships.find((m) => rows.persons.find((p) => p.id === m.personId)?.lastName === 'Hennig')!;
    const attendance = rows.attendance
      .filter((a) => a.membershipId !== krueger.id)
      .map((a) => (a.membershipId === hennig.id ? { ...a, status: 'excused' as const, reason: '' } : a));
    const problems = checkCompleteness(demoDocument({ agendaItems: [item], attendance }));
    // In the order of the sitting's roster: the heads in rotation order (Mittelsachsen before Vogtland).
    expect(problems).toEqual([
      { code: 'attendanceMissing', member: 'Landrat Sven Krüger', target: { kind: 'attendance', membershipId: krueger.id } },
      { code: 'reasonMissing', member: 'Landrat Thomas Hennig', target: { kind: 'attendance', membershipId: hennig.id } },
    ]);
  });

  it('accepts an absence once its reason is given', () => {
    const rows = demoRows();
    const attendance = rows.attendance.map((a, i) => (i === 0 ? { ...a, status: 'absent' as const, reason: 'Krankheit' } : a));
    expect(checkCompleteness(demoDocument({ agendaItems: [item], attendance }))).toEqual([]);
  });

  it('asks for wording and vote of every decision, and catches more votes than members present', () => {
    const second = agendaItem(sittingId, 2, 'Projektzeitplan');
    const decisions = [
      decision(item.id, '  ', { yes: 5, no: 0, abstain: 0 }),
      decision(second.id, 'Der Zeitplan wird beschlossen.', undefined),
      decision(second.id, 'Die Arbeitsgruppe wird eingesetzt.', { yes: 4, no: 1, abstain: 1 }, 2),
    ];
    const problems = checkCompleteness(demoDocument({ agendaItems: [item, second], decisions }));
    expect(problems).toEqual([
      { code: 'wordingMissing', itemPosition: 1, decisionNumber: 1, target: { kind: 'decision', itemId: item.id, decisionId: decisions[0]!.id, field: 'wording' } },
      { code: 'votesMissing', itemPosition: 2, decisionNumber: 2, target: { kind: 'decision', itemId: second.id, decisionId: decisions[1]!.id, field: 'votes' } },
      {
        code: 'tooManyVotes',
        itemPosition: 2,
        decisionNumber: 3,
        cast: 6,
        present: 5,
        target: { kind: 'decision', itemId: second.id, decisionId: decisions[2]!.id, field: 'votes' },
      },
    ]);
  });

  it('wants at least one agenda item', () => {
    expect(checkCompleteness(demoDocument()).map((p) => p.code)).toEqual(['noAgendaItems']);
  });
});
