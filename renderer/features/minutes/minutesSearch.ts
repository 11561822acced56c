import Dexie from 'dexie';
import { MinutesSearchIndex } from '../../../shared/minutes/fullTextSearch';
import { buildSearchDocuments, PlainTextCache } from '../../../shared/minutes/searchDocuments';
import type { ActionItem, AgendaItem, Decision } from '../../../shared/domain/minutes';
import type { Sitting } from '../../../shared/domain/sitting';
import type { KonventDatabase } from '../../db/database';

/** The rows the search is built from. */
export interface SearchRows {
  sittings: readonly Sitting[];
  agendaItems: readonly AgendaItem[];
  decisions: readonly Decision[];
  actionItems: readonly ActionItem[];
}

interface SearchState {
  index: MinutesSearchIndex;
  plainText: PlainTextCache;
  /** The rows last read, and the database's change count for these tables when they were read. */
  rows?: SearchRows | undefined;
  rowsGeneration: number;
  /** The rows the index was last given (the same object: nothing to hand it again). */
  indexedRows?: SearchRows | undefined;
}

const SEARCH_TABLES = ['sittings', 'agendaItems', 'decisions', 'actionItems'] as const;

/**
 * Changes to the search's tables per database name, counted from Dexie's storagemutated event (fired
 * after every committed write, also for writes in other windows of the app). Registered when this
 * module loads; readSearchRows reads it only after an await, when every listener of the event has run.
 */
const generations = new Map<string, number>();
Dexie.on('storagemutated', (parts) => {
  for (const part of Object.keys(parts)) {
    // `idb://${dbName}/${table}/${index}`
    const [, , dbName, table] = part.split('/');
    if (dbName && (SEARCH_TABLES as readonly string[]).includes(table ?? '')) generations.set(dbName, (generations.get(dbName) ?? 0) + 1);
  }
});

/**
 * One search index per database for as long as the app runs: the Protokolle screen hands it the
 * current rows on each visit and each change, and only texts that changed are parsed and folded
 * again. Queries then scan the folded strings (fullTextSearch.ts).
 */
const perDatabase = new WeakMap<KonventDatabase, SearchState>();

function stateOf(db: KonventDatabase): SearchState {
  let state = perDatabase.get(db);
  if (!state) {
    state = { index: new MinutesSearchIndex(), plainText: new PlainTextCache(), rowsGeneration: -1 };
    perDatabase.set(db, state);
  }
  return state;
}

export function minutesSearchIndex(db: KonventDatabase, rows: SearchRows): MinutesSearchIndex {
  const state = stateOf(db);
  if (state.indexedRows !== rows) {
    state.index.setDocuments(buildSearchDocuments(rows, state.plainText));
    state.indexedRows = rows;
  }
  return state.index;
}

/**
 * The search's rows (all minutes texts, decisions, action items, sittings), read again only when one
 * of these tables changed since the last read. Inside a live query it still subscribes to all four
 * tables (by reading their keys, one request each), so any change re-runs the query and reads anew.
 */
export async function readSearchRows(db: KonventDatabase): Promise<SearchRows> {
  const state = stateOf(db);
  // The keys first: they subscribe a live query to every row of the four tables, and by the time they
  // arrive the storagemutated event that may have started this run has reached every listener (a live
  // query re-runs from inside its listener, possibly before the count below was raised).
  await Promise.all(SEARCH_TABLES.map((table) => db.table(table).toCollection().primaryKeys()));
  const generation = generations.get(db.name) ?? 0;
  if (state.rows && state.rowsGeneration === generation) return state.rows;
  const [sittings, agendaItems, decisions, actionItems] = await Promise.all([
    db.domain('sittings').toArray(),
    db.domain('agendaItems').toArray(),
    db.domain('decisions').toArray(),
    db.domain('actionItems').toArray(),
  ]);
  state.rows = { sittings, agendaItems, decisions, actionItems };
  state.rowsGeneration = generation;
  return state.rows;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const SLICE = 100;

/**
 * Prepares the search while the app is idle after start-up: reads the minutes texts and parses and
 * folds them in slices of 100 (each a short task), so the first visit of Protokolle and the first
 * query find them ready. Changes nothing that is shown.
 */
export async function warmMinutesSearch(db: KonventDatabase): Promise<void> {
  const state = stateOf(db);
  const { sittings, agendaItems, decisions, actionItems } = await readSearchRows(db);
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
