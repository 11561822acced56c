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
