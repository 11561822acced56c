import { describe, expect, it } from 'vitest';
import { allActionItems } from '../../../../shared/minutes/minutesDocument';
import { minutesContentHash } from '../../../../shared/minutes/contentHash';
import { actionItem, agendaItem, decision, demoDocument, demoRows, demoSitting } from '../../../fixtures/minutesFixture';

const rows = demoRows();
const sitting = demoSitting(rows);

describe('minutes document of the demo sitting (28.04.2025)', () => {
  it('names the deputy in the attendance line, counts present members and lists the guest', () => {
    const document = demoDocument();
    const lines = document.attendance.members.map((m) => m.line);
    expect(lines).toContain('Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier');
    expect(lines).toContain('Oberbürgermeister Sven Schulze, vertreten durch Bürgermeister Ralph Burghart');
    expect(document.attendance).toMatchObject({ memberCount: 5, presentCount: 5, representedCount: 2 });
    expect(document.attendance.guests).toEqual([{ name: 'Regina Kraushaar', function: 'Staatsministerin', organization: '' }]);
  });

  it('numbers decisions and action items through the minutes in agenda order', () => {
    const first = agendaItem(sitting.id, 1, 'Begrüßung');
    const second = agendaItem(sitting.id, 2, 'Projektzeitplan');
    const document = demoDocument({
      agendaItems: [second, first],
      decisions: [decision(second.id, 'B', { yes: 5, no: 0, abstain: 0 }), decision(first.id, 'A', { yes: 4, no: 1, abstain: 0 })],
      actionItems: [actionItem(sitting.id, second.id, 'Zeitplan versenden'), actionItem(sitting.id, undefined, 'Protokoll ablegen')],
    });
    expect(document.items.map((i) => i.title)).toEqual(['Begrüßung', 'Projektzeitplan']);
    expect(document.items.flatMap((i) => i.decisions.map((d) => [d.number, d.wording]))).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
    expect(allActionItems(document).map((a) => [a.number, a.text, a.itemPosition])).toEqual([
      [1, 'Zeitplan versenden', 2],
      [2, 'Protokoll ablegen', undefined],
    ]);
  });

  it('hashes the same content to the same hash, and any change of content to another', () => {
    const item = agendaItem(sitting.id, 1, 'Begrüßung', 'Text');
    const document = demoDocument({ agendaItems: [item] });
    expect(minutesContentHash(demoDocument({ agendaItems: [item] }))).toBe(minutesContentHash(document));
    expect(minutesContentHash(demoDocument({ agendaItems: [{ ...item, notes: 'Text.' }] }))).not.toBe(minutesContentHash(document));
    // A actionItem closed later is tracking, not content: the hash stays.
    const laterClosedItem = actionItem(sitting.id, item.id, 'Aufgabe');
    expect(minutesContentHash(demoDocument({ agendaItems: [item], actionItems: [laterClosedItem] }))).toBe(
      minutesContentHash(demoDocument({ agendaItems: [item], actionItems: [{ ...laterClosedItem, status: 'done', doneAt: '2025-06-01' }] })),
    );
  });
});
