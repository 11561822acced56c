import { describe, expect, it } from 'vitest';
import { hitSnippet, MinutesSearchIndex, type SearchHit } from '../../../../shared/minutes/fullTextSearch';
import { buildSearchDocuments } from '../../../../shared/minutes/searchDocuments';
import { generateDataset, TEN_YEARS } from '../../../bench/dataset/generateTenYears';
import { searchMinutes as legacySearch } from './legacyFullTextSearch';

// Issue 17: the folded index must give today's results (plus ae/oe/ue spellings) on the generated data.
const dataset = generateDataset({ ...TEN_YEARS, years: 2 });
const documents = buildSearchDocuments(dataset);
const index = new MinutesSearchIndex();
index.setDocuments(documents);

const ids = (hits: readonly SearchHit[]) => hits.map((h) => `${h.document.kind}:${h.document.id}`);

/** Queries whose results must be exactly today's, snippets included (no generated text writes umlauts out). */
const sameQueries = ['Forderung', 'fordermoglichkeiten', 'strasse', 'Maßnahmen', 'massnahmen', 'chemnitz landrat', 'Tagesordnungspunkt 3', 'region hin', 'IHK', 'xyzzy', 'er', 'Geschäftsstelle Unterlagen', 'Fachkräftesicherung', 'Öffentlichkeit', '  '];
/** Queries whose words have an umlaut or ae/oe/ue: today's results and more. */
const widerQueries = ['fachkraefte', 'foerdermoeglichkeiten', 'oeffentlichkeit beteiligung', 'geschaeftsstelle', 'Fördermöglichkeiten', 'neue'];

describe('the search index against the search before it, on generated data', () => {
  it('has documents of every kind to search', () => {
    expect(new Set(documents.map((d) => d.kind))).toEqual(new Set(['item', 'decision', 'actionItem']));
    expect(documents.length).toBeGreaterThan(200);
  });

  it.each(sameQueries)('"%s" gives the same hits and snippets', (query) => {
    expect(index.search(query)).toEqual(legacySearch(documents, query));
    expect(index.search(query, 10_000)).toEqual(legacySearch(documents, query, 10_000));
  });

  it.each([...sameQueries, ...widerQueries])('"%s": the hits found and their snippets made when shown are the search\'s', (query) => {
    // The Protokolle screen finds first and makes each shown hit's snippet in its row.
    expect(index.find(query).map((document) => ({ document, snippet: hitSnippet(document, query) }))).toEqual(index.search(query));
  });

  it.each(widerQueries)('"%s" gives every hit of before, in the same order', (query) => {
    const before = ids(legacySearch(documents, query, 10_000));
    const now = ids(index.search(query, 10_000));
    expect(now.filter((id) => before.includes(id))).toEqual(before);
  });

  it('finds with written-out umlauts what before found only with umlauts', () => {
    expect(legacySearch(documents, 'fachkraeftesicherung', 10_000)).toEqual([]);
    const written = ids(index.search('fachkraeftesicherung', 10_000));
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual(ids(legacySearch(documents, 'Fachkräftesicherung', 10_000)));
    expect(ids(index.search('oeffentlichkeit', 10_000))).toEqual(ids(legacySearch(documents, 'Öffentlichkeit', 10_000)));
  });
});
