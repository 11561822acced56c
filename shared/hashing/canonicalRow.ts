import { canonicalJsonNfc } from './canonicalJson';

/**
 * One row written twice at the price of about one `JSON.stringify`: `canonical` is exactly
 * `canonicalJsonNfc(row)` (the hash rule of backups), `json` is JSON of the row with its strings
 * exactly as stored (what a backup file holds). Both come from one copy of the row with its object
 * keys sorted, written by the engine's native `JSON.stringify`; when every string is already NFC (as
 * good as always), they are the same string, so a backup can hash the very bytes it writes.
 *
 * The native writer and the canonical rule differ on a few inputs: text that NFC changes, keys that
 * JavaScript orders as array indices ("7" before "10"), `__proto__`, holes in arrays, values that are
 * not plain JSON data (a Date, a Map, …) and nesting deeper than MAX_DEPTH. A row holding any of these
 * takes the exact path instead: `canonicalJsonNfc` (which throws on what is not JSON data, as before)
 * and `JSON.stringify` of the row as stored.
 */
export interface RowJson {
  canonical: string;
  json: string;
}

const MAX_DEPTH = 100;
/** Every code unit below U+0300 is a starter that NFC leaves alone and nothing composes with: such text is NFC. */
const MAYBE_NOT_NFC = /[\u0300-\uffff]/;
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

class TakeExactPath extends Error {}
const takeExactPath = new TakeExactPath();

export function isNfc(text: string): boolean {
  return !MAYBE_NOT_NFC.test(text) || text.normalize('NFC') === text;
}

export function isIndexLike(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 4_294_967_295;
}

function sortedCopy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      if (!isNfc(value)) throw takeExactPath;
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw takeExactPath;
      return value;
    case 'boolean':
    case 'undefined':
      return value;
    case 'object': {
      if (value === null) return null;
      if (depth > MAX_DEPTH) throw takeExactPath;
      if (Array.isArray(value)) {
        const copy: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i += 1) {
          const item: unknown = value[i];
          if (item === undefined && !(i in value)) throw takeExactPath;
          copy[i] = sortedCopy(item, depth + 1);
        }
        return copy;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) throw takeExactPath;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      let sorted = true;
      for (let i = 1; i < keys.length; i += 1) {
        if (keys[i - 1]! > keys[i]!) {
          sorted = false;
          break;
        }
      }
      if (!sorted) keys.sort();
      const copy: Record<string, unknown> = {};
      for (const key of keys) {
        if (key === '__proto__' || isIndexLike(key) || !isNfc(key)) throw takeExactPath;
        copy[key] = sortedCopy(record[key], depth + 1);
      }
      return copy;
    }
    default:
      throw takeExactPath;
  }
}

export function rowJson(row: unknown): RowJson {
  let copy: unknown;
  try {
    copy = sortedCopy(row, 0);
  } catch (error) {
    if (error !== takeExactPath) throw error;
    return { canonical: canonicalJsonNfc(row ?? null), json: JSON.stringify(row ?? null) };
  }
  const json = JSON.stringify(copy ?? null);
  return { canonical: json, json };
}
