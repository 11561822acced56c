import { foldedWords, foldText, foldWithOrigin, originOf, type FoldForm } from './germanFold';

/**
 * Full-text search over all minutes: item texts, decisions, action items. Case and accents are
 * folded ("forderung" finds "Förderung", "strasse" finds "Straße"), and umlauts written out find
 * them and the reverse ("fachkraefte" finds "Fachkräfte", "Müller" finds "Mueller"); every word of
 * the query must occur.
 *
 * The texts are folded once, when they enter the index (`MinutesSearchIndex.setDocuments`), and a
 * text that did not change keeps its folded form; a query only scans the folded strings.
 */
export interface SearchDocument {
  kind: 'item' | 'decision' | 'actionItem';
  id: string;
  sittingId: string;
  sittingDate: string;
  itemId?: string | undefined;
  itemPosition?: number | undefined;
  /** Shown as the hit's heading (item title, "Beschluss", actionItem text). */
  title: string;
  /** Plain text searched and quoted. */
  text: string;
}

export interface SearchHit {
  document: SearchDocument;
  /** A part of the text around the first match, with the matched ranges to highlight. */
  snippet: { text: string; marks: { start: number; end: number }[] };
}

interface IndexedDocument {
  document: SearchDocument;
  /** The searched text folded plainly (ä → a). */
  plain: string;
  /** The same with umlauts written out (ä → ae); the very same string when that changes nothing. */
  spelled: string;
}

/** The words of a query, folded plainly. */
/** @public The query words; tests compare the kept index against a plain scan with them. */
export function searchTerms(query: string): string[] {
  return foldedWords(query, 'plain');
}

interface QueryTerms {
  plain: string[];
  /** The same words with umlauts written out; used only where `spelledToo` is set. */
  spelled: string[];
  /** A word that has an umlaut or ae/oe/ue also matches the written-out form. */
  spelledToo: boolean[];
}

function queryTerms(query: string): QueryTerms | undefined {
  const plain = foldedWords(query, 'plain');
  if (plain.length === 0) return undefined;
  const spelledWords = foldedWords(query, 'spelled');
  const spelled = spelledWords.length === plain.length ? spelledWords : plain;
  return { plain, spelled, spelledToo: spelled.map((word) => /[aou]e/.test(word)) };
}

const haystackOf = (document: SearchDocument) =>
  // Decisions and actionItems are found by their own text; the item title is only their context.
  document.kind === 'item' ? `${document.title}\n${document.text}` : document.text;

const keyOf = (document: SearchDocument) => `${document.kind}:${document.id}`;

const byDateThenPosition = (a: SearchHit, b: SearchHit) =>
  b.document.sittingDate.localeCompare(a.document.sittingDate) ||
  (a.document.itemPosition ?? 0) - (b.document.itemPosition ?? 0) ||
  a.document.kind.localeCompare(b.document.kind);

/**
 * The searchable minutes, folded. Kept up to date by handing it the current documents
 * (`setDocuments`): only documents whose text changed are folded again.
 */
export class MinutesSearchIndex {
  private entries: IndexedDocument[] = [];
  private byKey = new Map<string, IndexedDocument>();

  get size(): number {
    return this.entries.length;
  }

  setDocuments(documents: readonly SearchDocument[]): void {
    const next = new Map<string, IndexedDocument>();
    const entries: IndexedDocument[] = [];
    for (const document of documents) {
      const key = keyOf(document);
      const entry = this.entryFor(document, this.byKey.get(key));
      next.set(key, entry);
      entries.push(entry);
    }
    this.byKey = next;
    this.entries = entries;
  }

  /**
   * Folds documents ahead of `setDocuments` (e.g. in small slices while the app is idle) without
   * changing what a search finds now: `setDocuments` then finds them folded.
   */
  prepare(documents: readonly SearchDocument[]): void {
    for (const document of documents) {
      const key = keyOf(document);
      this.byKey.set(key, this.entryFor(document, this.byKey.get(key)));
    }
  }

  private entryFor(document: SearchDocument, known: IndexedDocument | undefined): IndexedDocument {
    if (known && known.document.title === document.title && known.document.text === document.text) {
      return known.document === document ? known : { ...known, document };
    }
    const haystack = haystackOf(document);
    const plain = foldText(haystack, 'plain');
    const spelled = foldText(haystack, 'spelled');
    return { document, plain, spelled: spelled === plain ? plain : spelled };
  }

  /**
   * The documents a query finds, newest sitting first, at most `limit`, without snippets: a screen
   * makes the snippet of each hit it shows (`hitSnippet`), so a query costs only the scan.
   */
  find(query: string, limit = 100): SearchDocument[] {
    const terms = queryTerms(query);
    return terms ? this.scan(terms, limit) : [];
  }

  search(query: string, limit = 100): SearchHit[] {
    const terms = queryTerms(query);
    if (!terms) return [];
    // Snippets only for the hits shown.
    return this.scan(terms, limit).map((document) => ({ document, snippet: snippet(document, terms) }));
  }

  private scan(terms: QueryTerms, limit: number): SearchDocument[] {
    const found: SearchHit[] = [];
    const count = terms.plain.length;
    for (const entry of this.entries) {
      let all = true;
      for (let i = 0; i < count; i += 1) {
        if (entry.plain.includes(terms.plain[i]!)) continue;
        if (terms.spelledToo[i] && entry.spelled.includes(terms.spelled[i]!)) continue;
        all = false;
        break;
      }
      if (all) found.push({ document: entry.document, snippet: { text: '', marks: [] } });
    }
    return found
      .sort(byDateThenPosition)
      .slice(0, limit)
      .map((hit) => hit.document);
  }
}

/** The part of a found document's text around the first match of `query`, with the matches marked. */
export function hitSnippet(document: SearchDocument, query: string): SearchHit['snippet'] {
  const terms = queryTerms(query);
  return terms ? snippet(document, terms) : { text: '', marks: [] };
}

/** One-off search over documents (builds a throw-away index; screens keep a `MinutesSearchIndex`). */
/** @public A plain scan over search documents: the reference the kept index is tested against. */
export function searchMinutes(documents: readonly SearchDocument[], query: string, limit = 100): SearchHit[] {
  const index = new MinutesSearchIndex();
  index.setDocuments(documents);
  return index.search(query, limit);
}

const SNIPPET_RADIUS = 70;

interface Mark {
  start: number;
  end: number;
}

/** Start and end (in the original) of every occurrence of the terms in the folded text. */
function occurrences(folded: { text: string; origin: number[] }, words: readonly string[]): Mark[] {
  const marks: Mark[] = [];
  for (const word of words) {
    let at = folded.text.indexOf(word);
    while (at >= 0) {
      marks.push({ start: folded.origin[at]!, end: folded.origin[at + word.length - 1]! + 1 });
      at = folded.text.indexOf(word, at + word.length);
    }
  }
  return marks;
}

/** Where in `source` the earliest of the words starts (folded in `form`), or undefined. */
function firstMatch(source: string, words: readonly string[], form: FoldForm): number | undefined {
  if (words.length === 0) return undefined;
  const folded = foldText(source, form);
  let first = Infinity;
  for (const word of words) {
    const at = folded.indexOf(word);
    if (at >= 0 && at < first) first = at;
  }
  return Number.isFinite(first) ? originOf(source, first, form) : undefined;
}

function snippet(document: SearchDocument, terms: QueryTerms): SearchHit['snippet'] {
  const spelledWords = terms.spelled.filter((_, i) => terms.spelledToo[i]);
  const source = document.text.replace(/\s+/g, ' ').trim();
  // Only the window around the first match is folded with positions (for the marks).
  const firstMatches = [firstMatch(source, terms.plain, 'plain'), firstMatch(source, spelledWords, 'spelled')].filter((at) => at !== undefined);
  if (firstMatches.length === 0) {
    const text = source.length > SNIPPET_RADIUS * 2 ? `${source.slice(0, SNIPPET_RADIUS * 2)} …` : source;
    return { text, marks: [] };
  }
  const centre = Math.min(...firstMatches);
  let start = Math.max(0, centre - SNIPPET_RADIUS);
  let end = Math.min(source.length, centre + SNIPPET_RADIUS);
  // Cut at word boundaries.
  if (start > 0) start = source.indexOf(' ', start) + 1 || start;
  if (end < source.length) end = source.lastIndexOf(' ', end) > centre ? source.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < source.length ? ' …' : '';
  const body = source.slice(start, end);
  const marks = occurrences(foldWithOrigin(body, 'plain'), terms.plain);
  if (spelledWords.length) marks.push(...occurrences(foldWithOrigin(body, 'spelled'), spelledWords));
  marks.sort((a, b) => a.start - b.start);
  const merged: Mark[] = [];
  for (const mark of marks) {
    const last = merged[merged.length - 1];
    const start = prefix.length + mark.start;
    const end = prefix.length + mark.end;
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return { text: `${prefix}${body}${suffix}`, marks: merged };
}
