import { valueKey } from './valueKey';
import type { FieldState, Loser } from './formats';

/**
 * Field-level last-writer-wins that keeps the losers (DESIGN.md §4).
 *
 * A field's facts are its current value and its FieldState. Merging is a pure function of the set
 * of ops ever seen for the field, whatever order they arrive in, so every PC ends with the same
 * value and the same list of losers:
 *   - the value is the one with the greatest hlc;
 *   - an op whose hlc some later writer named as `prev` was seen and knowingly overwritten;
 *   - any other op that is not the winner is a loser of a concurrent edit, unless its value is one
 *     that some writer had seen (then nothing was lost);
 *   - losers are kept with their value; those that differ from the current value are conflicts.
 * Applying the same op twice changes nothing.
 */
export interface FieldFacts {
  state: FieldState;
  /** The current (winning) value; undefined when the field was removed. */
  value: unknown;
}

/** Seen clocks and values kept per field; the oldest are dropped (an op that old arriving again is not expected). */
export const MAX_SEEN_PER_FIELD = 256;

export function opFacts(op: { hlc: string; prev: string | null; value?: unknown }): FieldFacts {
  return { state: op.prev ? { h: op.hlc, s: [op.prev] } : { h: op.hlc }, value: op.value };
}

export function mergeFieldFacts(local: FieldFacts | undefined, incoming: FieldFacts, options: { keepLosers: boolean }): FieldFacts {
  if (!local) return normalize(incoming, options);
  const winner = incoming.state.h > local.state.h ? incoming : local;
  if (!options.keepLosers) return { state: { h: winner.state.h }, value: winner.value };

  // Value keys are hashes of the values: computed only where the rules need one (most merges need one at most).
  const known = new Map<string, { v: unknown; k?: string }>();
  const keyOf = (entry: { v: unknown; k?: string }) => (entry.k ??= valueKey(entry.v));
  const remember = (h: string, v: unknown, k?: string) => {
    if (!known.has(h)) known.set(h, k === undefined ? { v } : { v, k });
  };
  for (const facts of [local, incoming]) {
    remember(facts.state.h, facts.value);
    for (const loser of facts.state.l ?? []) remember(loser.h, loser.v, loser.k);
  }
  const seen = new Set([...(local.state.s ?? []), ...(incoming.state.s ?? [])]);
  const seenValues = new Set([...(local.state.v ?? []), ...(incoming.state.v ?? [])]);
  for (const h of seen) {
    const op = known.get(h);
    if (op) seenValues.add(keyOf(op));
  }

  const losers: Loser[] = [];
  for (const [h, entry] of known) {
    if (h === winner.state.h || seen.has(h)) continue;
    const k = keyOf(entry);
    if (seenValues.has(k)) continue;
    losers.push(entry.v === undefined ? { h, k } : { h, v: entry.v, k });
  }
  losers.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  return { state: buildState(winner.state.h, newest(seen), newest(seenValues), losers), value: winner.value };
}

function normalize(facts: FieldFacts, options: { keepLosers: boolean }): FieldFacts {
  return options.keepLosers ? facts : { state: { h: facts.state.h }, value: facts.value };
}

function buildState(h: string, seen: string[], seenValues: string[], losers: Loser[]): FieldState {
  const state: FieldState = { h };
  if (seen.length > 0) state.s = seen;
  if (seenValues.length > 0) state.v = seenValues;
  if (losers.length > 0) state.l = losers;
  return state;
}

/** Sorted, and at most MAX_SEEN_PER_FIELD of the greatest (for clocks: the newest). */
function newest(items: Set<string>): string[] {
  return [...items].sort().slice(-MAX_SEEN_PER_FIELD);
}

/** The losers a user has to look at: those whose value differs from the current one. */
export function visibleLosers(facts: FieldFacts): Loser[] {
  const losers = facts.state.l ?? [];
  if (losers.length === 0) return [];
  const current = valueKey(facts.value);
  return losers.filter((loser) => loser.k !== current);
}
