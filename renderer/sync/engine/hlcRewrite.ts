import type { Table } from 'dexie';
import type { FieldState } from '../../../shared/sync/formats';
import { loadRows, saveRow, type CoreIO } from '../../db/sync/rowStore';
import type { ClockRow } from '../../db/sync/syncTables';

/**
 * Replaces clock readings of this PC's own ops everywhere they are remembered (field states,
 * conflicts). Used when a cloned PC forks to a new id and when a PC joins a folder that already
 * holds data (its never-shared ops then count as older than the folder's). Runs inside the
 * caller's transaction; rare and whole-database, so it simply walks _clock.
 */
export async function rewriteClocks(io: CoreIO, clockTable: Table<ClockRow, string>, map: ReadonlyMap<string, string>): Promise<void> {
  if (map.size === 0) return;
  const rows = await clockTable.toArray();
  for (const row of rows) {
    let touched = false;
    const fields: Record<string, FieldState> = {};
    for (const [field, state] of Object.entries(row.fields)) {
      const next = rewriteState(state, map);
      if (next !== state) touched = true;
      fields[field] = next;
    }
    if (!touched) continue;
    const [stored] = await loadRows(io, row.table, [row.id]);
    const data = row.data ?? { ...(stored!.visible ?? { id: row.id }), ...row.extra };
    await saveRow(io, stored!, { data, fields }, { writeDomain: false, shown: row.data === undefined });
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

