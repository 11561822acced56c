import type { FieldState } from '../../../shared/sync/formats';
import { ANY_KEY } from '../../db/sync/clockPages';
import { loadRows, saveRows, type CoreIO, type RowWrite } from '../../db/sync/rowStore';
import { rowProblem } from '../../db/sync/rowProblem';
import { CLOCK, type ClockEntry, type ClockPage } from '../../db/sync/syncTables';

/**
 * Replaces clock readings of this PC's own ops everywhere they are remembered (field states,
 * conflicts). Used when a cloned PC forks to a new id and when a PC joins a folder that already
 * holds data (its never-shared ops then count as older than the folder's). Runs inside the
 * caller's transaction; rare and whole-database, so it simply walks _clock.
 */
export async function rewriteClocks(io: CoreIO, map: ReadonlyMap<string, string>): Promise<void> {
  if (map.size === 0) return;
  const store = io.table(CLOCK);
  const pages = (await store.query({ trans: io.trans, values: true, query: { index: store.schema.primaryKey, range: ANY_KEY } })).result as ClockPage[];
  const byTable = new Map<string, { id: string; entry: ClockEntry; fields: Record<string, FieldState> }[]>();
  for (const page of pages) {
    for (const [id, entry] of Object.entries(page.entries)) {
      let touched = false;
      const fields: Record<string, FieldState> = {};
      for (const [field, state] of Object.entries(entry.fields)) {
        const next = rewriteState(state, map);
        if (next !== state) touched = true;
        fields[field] = next;
      }
      if (!touched) continue;
      const rows = byTable.get(page.table) ?? [];
      rows.push({ id, entry, fields });
      byTable.set(page.table, rows);
    }
  }
  for (const [table, rows] of byTable) {
    const stored = await loadRows(io, table, rows.map((row) => row.id));
    const writes: RowWrite[] = rows.map(({ id, entry, fields }, i) => ({
      stored: stored[i]!,
      after: { data: entry.data ?? { ...(stored[i]!.visible ?? { id }), ...entry.extra }, fields },
      shown: entry.data === undefined,
    }));
    await saveRows(io, table, writes, { writeDomain: false, problemOf: rowProblem });
  }
}

function rewriteState(state: FieldState, map: ReadonlyMap<string, string>): FieldState {
  const swap = (h: string) => map.get(h) ?? h;
  const seenChanged = state.s?.some((h) => map.has(h));
  const losersChanged = state.l?.some((loser) => map.has(loser.h));
  if (!map.has(state.h) && !seenChanged && !losersChanged) return state;
  const next: FieldState = { h: swap(state.h) };
  if (state.s) next.s = state.s.map(swap).sort();
  if (state.v) next.v = state.v;
  if (state.l) next.l = state.l.map((loser) => ({ ...loser, h: swap(loser.h) })).sort((a, b) => (a.h < b.h ? -1 : 1));
  return next;
}

