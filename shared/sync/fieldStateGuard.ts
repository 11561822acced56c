import type { FieldState } from './formats';
import { isHlc } from './hlc';

/**
 * The check of fieldStateSchema (formats.ts), written out by hand for the `fields` of snapshot
 * rows: a new PC checks some 40,000 field states of a ten-year snapshot, and the schema library
 * without its compiler (the app's CSP forbids eval) takes several times as long. It accepts exactly
 * what the schema accepts (a property test holds the two together); names that would change an
 * object's prototype are refused.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isArrayOf = (value: unknown, check: (item: unknown) => boolean) => Array.isArray(value) && value.every(check);

const isString = (value: unknown) => typeof value === 'string';

const isLoser = (value: unknown) => isObject(value) && isHlc(value.h) && isString(value.k);

export function isFieldState(value: unknown): value is FieldState {
  return (
    isObject(value) &&
    isHlc(value.h) &&
    (value.s === undefined || isArrayOf(value.s, isHlc)) &&
    (value.v === undefined || isArrayOf(value.v, isString)) &&
    (value.l === undefined || isArrayOf(value.l, isLoser))
  );
}

export function isFieldStateRecord(value: unknown): value is Record<string, FieldState> {
  if (!isObject(value)) return false;
  for (const key of Object.keys(value)) if (FORBIDDEN_KEYS.has(key) || !isFieldState(value[key])) return false;
  return true;
}
