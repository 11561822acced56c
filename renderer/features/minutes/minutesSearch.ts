import { MinutesSearchIndex } from '../../../shared/minutes/fullTextSearch';
import { buildSearchDocuments, PlainTextCache } from '../../../shared/minutes/searchDocuments';
import type { ActionItem, AgendaItem, Decision } from '../../../shared/domain/minutes';
import type { Sitting } from '../../../shared/domain/sitting';
import type { KonventDatabase } from '../../db/database';

interface SearchState {
  index: MinutesSearchIndex;
  plainText: PlainTextCache;
}

/**
 * One search index per database for as long as the app runs: the Protokolle screen hands it the
 * current rows on each visit and each change, and only texts that changed are parsed and folded
 * again. Queries then scan the folded strings (fullTextSearch.ts).
 */
const perDatabase = new WeakMap<KonventDatabase, SearchState>();

export function minutesSearchIndex(
  db: KonventDatabase,
  rows: { sittings: readonly Sitting[]; agendaItems: readonly AgendaItem[]; decisions: readonly Decision[]; actionItems: readonly ActionItem[] },
): MinutesSearchIndex {
  let state = perDatabase.get(db);
  if (!state) {
    state = { index: new MinutesSearchIndex(), plainText: new PlainTextCache() };
    perDatabase.set(db, state);
  }
  state.index.setDocuments(buildSearchDocuments(rows, state.plainText));
  return state.index;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const SLICE = 100;

/**
 * Prepares the search while the app is idle after start-up: reads the minutes texts and parses and
 * folds them in slices of 100 (each a short task), so the first visit of Protokolle and the first
 * query find them ready. Changes nothing that is shown.
 */
export async function warmMinutesSearch(db: KonventDatabase): Promise<void> {
  let state = perDatabase.get(db);
  if (!state) {
    state = { index: new MinutesSearchIndex(), plainText: new PlainTextCache() };
    perDatabase.set(db, state);
  }
  const [sittings, agendaItems, decisions, actionItems] = await Promise.all([
    db.domain('sittings').toArray(),
    db.domain('agendaItems').toArray(),
    db.domain('decisions').toArray(),
    db.domain('actionItems').toArray(),
  ]);
  for (let from = 0; from < agendaItems.length; from += SLICE) {
    for (const item of agendaItems.slice(from, from + SLICE)) state.plainText.plainText(item.id, item.notes);
    await pause();
  }
  const documents = buildSearchDocuments({ sittings, agendaItems, decisions, actionItems }, state.plainText);
  for (let from = 0; from < documents.length; from += SLICE) {
    state.index.prepare(documents.slice(from, from + SLICE));
    await pause();
  }
}
