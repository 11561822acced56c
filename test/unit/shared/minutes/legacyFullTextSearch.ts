// The search as it was before the index (issue 17): the oracle the new search is compared with.

/**
 * Full-text search over all minutes: item texts, decisions, action items. Case and accents are
 * folded ("forderung" finds "Förderung", "strasse" finds "Straße"); every word of the query must
 * occur. Small and in memory: years of minutes are a few thousand short texts.
 */
import type { SearchDocument } from '../../../../shared/minutes/fullTextSearch';
export type { SearchDocument };

export interface SearchHit {
  document: SearchDocument;
  /** A part of the text around the first match, with the matched ranges to highlight. */
  snippet: { text: string; marks: { start: number; end: number }[] };
}

interface Folded {
  text: string;
  /** Index into the original string for every folded character. */
  origin: number[];
}

function fold(original: string): Folded {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i += 1) {
    const piece = foldChar(original[i]!);
    for (const char of piece) {
      text += char;
      origin.push(i);
    }
  }
  return { text, origin };
}

function foldChar(char: string): string {
  const lower = char.toLocaleLowerCase('de');
  if (lower === 'ß') return 'ss';
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

export function searchTerms(query: string): string[] {
  return fold(query)
    .text.split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

const SNIPPET_RADIUS = 70;

export function searchMinutes(documents: readonly SearchDocument[], query: string, limit = 100): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const document of documents) {
    // Decisions and actionItems are found by their own text; the item title is only their context.
    const haystack = document.kind === 'item' ? `${document.title}\n${document.text}` : document.text;
    const folded = fold(haystack);
    if (!terms.every((term) => folded.text.includes(term))) continue;
    hits.push({ document, snippet: snippet(document, terms) });
  }
  return hits
    .sort(
      (a, b) =>
        b.document.sittingDate.localeCompare(a.document.sittingDate) ||
        (a.document.itemPosition ?? 0) - (b.document.itemPosition ?? 0) ||
        a.document.kind.localeCompare(b.document.kind),
    )
    .slice(0, limit);
}

function snippet(document: SearchDocument, terms: readonly string[]): SearchHit['snippet'] {
  const source = document.text.replace(/\s+/g, ' ').trim();
  const folded = fold(source);
  const firstMatch = Math.min(...terms.map((t) => folded.text.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(firstMatch)) {
    const text = source.length > SNIPPET_RADIUS * 2 ? `${source.slice(0, SNIPPET_RADIUS * 2)} …` : source;
    return { text, marks: [] };
  }
  const centre = folded.origin[firstMatch] ?? 0;
  let start = Math.max(0, centre - SNIPPET_RADIUS);
  let end = Math.min(source.length, centre + SNIPPET_RADIUS);
  // Cut at word boundaries.
  if (start > 0) start = source.indexOf(' ', start) + 1 || start;
  if (end < source.length) end = source.lastIndexOf(' ', end) > centre ? source.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < source.length ? ' …' : '';
  const body = source.slice(start, end);
  const marks: { start: number; end: number }[] = [];
  const foldedBody = fold(body);
  for (const term of terms) {
    let at = foldedBody.text.indexOf(term);
    while (at >= 0) {
      const from = foldedBody.origin[at]!;
      const to = foldedBody.origin[at + term.length - 1]! + 1;
      marks.push({ start: prefix.length + from, end: prefix.length + to });
      at = foldedBody.text.indexOf(term, at + term.length);
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const mark of marks) {
    const last = merged[merged.length - 1];
    if (last && mark.start <= last.end) last.end = Math.max(last.end, mark.end);
    else merged.push({ ...mark });
  }
  return { text: `${prefix}${body}${suffix}`, marks: merged };
}
