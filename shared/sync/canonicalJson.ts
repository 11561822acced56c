import { sha256HexOfText } from './sha256';

/**
 * JSON with object keys sorted, so equal values give equal text on every PC whatever order their
 * properties were written in. `undefined` (a removed field) is written as the marker "~u".
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '~u';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** A short fingerprint of a field value: equal values, equal keys (16 hex of SHA-256). */
export function valueKey(value: unknown): string {
  return sha256HexOfText(canonicalJson(value)).slice(0, 16);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
