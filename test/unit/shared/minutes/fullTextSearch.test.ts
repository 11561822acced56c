import { describe, expect, it } from 'vitest';
import { searchMinutes, type SearchDocument } from '../../../../shared/minutes/fullTextSearch';
import { buildSearchDocuments } from '../../../../shared/minutes/searchDocuments';
import { actionItem, agendaItem, decision, demoRows, demoSitting } from '../../../fixtures/minutesFixture';

const rows = demoRows();
const sitting = demoSitting(rows);
const item = agendaItem(sitting.id, 3, 'Update zum Projektstand', 'Die **Förderung** der Straßenbahn nach Stollberg wird besprochen.');
const documents: SearchDocument[] = buildSearchDocuments({
  sittings: [sitting],
  agendaItems: [item],
  decisions: [decision(item.id, 'Der Konvent unterstützt den Antrag auf Fördermittel.', { yes: 5, no: 0, abstain: 0 })],
  actionItems: [actionItem(sitting.id, item.id, 'Stellungnahme an das Ministerium senden', { owner: 'Dr. Kreller' })],
});

describe('full-text search over minutes', () => {
  it('finds item texts, folding case, umlauts and ß, and marks the match in the snippet', () => {
    const hits = searchMinutes(documents, 'forderung strassenbahn');
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(hit.document).toMatchObject({ kind: 'item', sittingId: sitting.id, itemPosition: 3 });
    expect(hit.snippet.text).toContain('Förderung der Straßenbahn');
    const marked = hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end));
    expect(marked).toEqual(['Förderung', 'Straßenbahn']);
  });

  it('finds decisions and action items by their own text', () => {
    expect(searchMinutes(documents, 'Fördermittel').map((h) => h.document.kind)).toEqual(['decision']);
    expect(searchMinutes(documents, 'kreller').map((h) => h.document.kind)).toEqual(['actionItem']);
  });

  it('requires every word and ignores an empty query', () => {
    expect(searchMinutes(documents, 'Förderung Flughafen')).toEqual([]);
    expect(searchMinutes(documents, '  ')).toEqual([]);
  });
});
