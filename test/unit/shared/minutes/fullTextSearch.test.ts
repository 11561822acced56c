import { describe, expect, it } from 'vitest';
import { MinutesSearchIndex, searchMinutes, type SearchDocument } from '../../../../shared/minutes/fullTextSearch';
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

describe('German spellings (issue 15, point 5)', () => {
  const texts: SearchDocument[] = buildSearchDocuments({
    sittings: [sitting],
    agendaItems: [
      agendaItem(sitting.id, 1, 'Fachkräftekonferenz', 'Die Fachkräftekonferenz in Plauen wird vorbereitet.'),
      agendaItem(sitting.id, 2, 'Bericht', 'Herr Mueller berichtet über die Strassensanierung und die Oeffentlichkeitsarbeit.'),
    ],
    decisions: [],
    actionItems: [],
  });
  const found = (query: string) => searchMinutes(texts, query).map((h) => h.document.itemPosition);

  it('ae/oe/ue find ä/ö/ü, and the snippet marks the word as written', () => {
    expect(found('fachkraeftekonferenz')).toEqual([1]);
    expect(found('FACHKRAEFTE plauen')).toEqual([1]);
    const hit = searchMinutes(texts, 'fachkraeftekonferenz')[0]!;
    expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end))).toEqual(['Fachkräftekonferenz']);
  });

  it('ä/ö/ü find ae/oe/ue, and ß finds ss and the reverse', () => {
    expect(found('Müller')).toEqual([2]);
    expect(found('Öffentlichkeitsarbeit')).toEqual([2]);
    expect(found('Straßensanierung')).toEqual([2]);
    expect(found('strassensanierung')).toEqual([2]);
    const hit = searchMinutes(texts, 'Müller')[0]!;
    expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end))).toEqual(['Mueller']);
  });

  it('plain vowels still find umlauts as before, and a misspelling finds nothing', () => {
    expect(found('fachkrafte')).toEqual([1]);
    expect(found('fachkraefte mueller')).toEqual([]);
    expect(found('fachkroefte')).toEqual([]);
  });
});

describe('the search index kept up to date', () => {
  it('finds a changed text by its new words only, and forgets a removed document', () => {
    const index = new MinutesSearchIndex();
    index.setDocuments(documents);
    expect(index.search('Fördermittel').map((h) => h.document.kind)).toEqual(['decision']);
    const changed = documents.map((d) => (d.kind === 'decision' ? { ...d, text: 'Der Konvent lehnt die Brücke ab.' } : d));
    index.setDocuments(changed);
    expect(index.search('Fördermittel')).toEqual([]);
    expect(index.search('bruecke').map((h) => h.document.kind)).toEqual(['decision']);
    index.setDocuments(changed.filter((d) => d.kind !== 'decision'));
    expect(index.search('Brücke')).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('prepares documents ahead without changing what is found until they are set', () => {
    const index = new MinutesSearchIndex();
    index.prepare(documents);
    expect(index.search('Fördermittel')).toEqual([]);
    index.setDocuments(documents);
    expect(index.search('Fördermittel').map((h) => h.document.kind)).toEqual(['decision']);
  });
});
