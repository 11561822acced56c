import { opValueJson } from '../hashing/canonicalJson';
import { sha256Hex } from '../hashing/sha256';

/** A short fingerprint of a field value: equal values, equal keys (16 hex of SHA-256). */
export function valueKey(value: unknown): string {
  return sha256Hex(opValueJson(value)).slice(0, 16);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return opValueJson(a) === opValueJson(b);
}
