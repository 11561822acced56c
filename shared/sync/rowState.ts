import { sameValue } from './valueKey';
import { mergeFieldFacts, opFacts, visibleLosers, type FieldFacts } from './fieldMerge';
import { DELETED_FIELD } from './deletedField';
import type { FieldState, Loser } from './formats';

/**
 * One row as the sync layer sees it: its field values (with `_deleted` while deleted) and the merge
 * state of every field. Pure functions; the database code stores the result.
 */
export interface RowState {
  data: Record<string, unknown>;
  fields: Record<string, FieldState>;
}

/** Metadata that changes with every edit: merged by clock, never reported as a conflict. */
const FIELDS_WITHOUT_LOSERS = new Set(['updatedAt']);

export const keepsLosers = (field: string) => !FIELDS_WITHOUT_LOSERS.has(field);

export function isDeletedRow(row: RowState): boolean {
  return row.data[DELETED_FIELD] === true;
}

function factsOf(row: RowState, field: string): FieldFacts | undefined {
  const state = row.fields[field];
  return state ? { state, value: row.data[field] } : undefined;
}

function withFacts(row: RowState, field: string, facts: FieldFacts): RowState {
  const data = { ...row.data };
  if (facts.value === undefined) delete data[field];
  else data[field] = facts.value;
  return { data, fields: { ...row.fields, [field]: facts.state } };
}

export interface IncomingOp {
  hlc: string;
  prev: string | null;
  field: string;
  value?: unknown;
}

/** Merges ops into a row. Returns the same object when nothing changed (the ops were known). */
export function applyOps(row: RowState, ops: readonly IncomingOp[]): RowState {
  let current = row;
  for (const op of ops) {
    const before = factsOf(current, op.field);
    const after = mergeFieldFacts(before, opFacts(op), { keepLosers: keepsLosers(op.field) });
    if (before && sameFacts(before, after)) continue;
    current = withFacts(current, op.field, after);
  }
  return current;
}

/** Merges two states of the same row (a snapshot into the local database). Returns the same object when nothing changed. */
export function mergeRows(local: RowState, incoming: RowState): RowState {
  let data: Record<string, unknown> | undefined;
  let fields: Record<string, FieldState> | undefined;
  for (const [field, state] of Object.entries(incoming.fields)) {
    const before = factsOf(local, field);
    const after = mergeFieldFacts(before, { state, value: incoming.data[field] }, { keepLosers: keepsLosers(field) });
    if (before && sameFacts(before, after)) continue;
    data ??= { ...local.data };
    fields ??= { ...local.fields };
    if (after.value === undefined) delete data[field];
    else data[field] = after.value;
    fields[field] = after.state;
  }
  return data && fields ? { data, fields } : local;
}

function sameFacts(a: FieldFacts, b: FieldFacts): boolean {
  return JSON.stringify(a.state) === JSON.stringify(b.state) && sameValue(a.value, b.value);
}

/**
 * The ops a local write makes: one per field whose value changed (removed fields have no value).
 * `id` is the key, not a field. A write to a deleted row brings it back (`_deleted` = false).
 */
export function diffFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): { field: string; value?: unknown }[] {
  const changes: { field: string; value?: unknown }[] = [];
  const old = before ?? {};
  for (const [field, value] of Object.entries(after)) {
    if (field === 'id' || field === DELETED_FIELD || value === undefined) continue;
    if (!Object.hasOwn(old, field) || !sameValue(old[field], value)) changes.push({ field, value });
  }
  for (const field of Object.keys(old)) {
    if (field === 'id' || field === DELETED_FIELD) continue;
    if (old[field] !== undefined && (!Object.hasOwn(after, field) || after[field] === undefined)) changes.push({ field });
  }
  if (before && before[DELETED_FIELD] === true) changes.push({ field: DELETED_FIELD, value: false });
  return changes;
}

export interface FieldConflict {
  field: string;
  winner: { hlc: string; value: unknown };
  loser: Loser;
}

/** Concurrent edits that lost: the user sees both values and picks one. */
export function fieldConflicts(row: RowState): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const [field, state] of Object.entries(row.fields)) {
    if (!state.l) continue;
    const facts = { state, value: row.data[field] };
    for (const loser of visibleLosers(facts)) conflicts.push({ field, winner: { hlc: state.h, value: row.data[field] }, loser });
  }
  return conflicts;
}

/**
 * Deleted on one PC, edited on another without seeing the deletion: fields whose clock is later
 * than the deletion's. (Edits with an earlier clock count as overwritten by the deletion.)
 */
export function editsAfterDeletion(row: RowState): string[] {
  if (!isDeletedRow(row)) return [];
  const deletedAt = row.fields[DELETED_FIELD]?.h ?? '';
  return Object.entries(row.fields)
    .filter(([field, state]) => field !== DELETED_FIELD && keepsLosers(field) && state.h > deletedAt)
    .map(([field]) => field)
    .sort();
}

/** The row as a domain table stores it: without the sync layer's `_deleted`. */
export function visibleData(row: RowState): Record<string, unknown> {
  const { [DELETED_FIELD]: _deleted, ...rest } = row.data;
  return rest;
}
