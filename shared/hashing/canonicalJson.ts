/**
 * Two canonical JSON writers live here on purpose: their bytes end up in stored data, so neither
 * may change. Both sort object keys by code unit, leave out undefined properties and write no
 * whitespace. They differ in what happens to text and to what is not JSON:
 *
 * - `canonicalJsonNfc` (content hashes of minutes and backups) normalizes strings to Unicode NFC
 *   and refuses non-JSON values.
 * - `opValueJson` (sync ops and field values) keeps strings exactly as typed, writes a removed
 *   field (`undefined`) as the marker "~u" and is what `valueKey` fingerprints.
 *
 * The bytes of each are pinned in test/unit/shared/hashing/sha256AndCanonicalJson.test.ts.
 */

/**
 * Deterministic JSON for hashing: object keys sorted by code unit, undefined properties left
 * out, strings in Unicode NFC (an "ä" typed on one PC and pasted decomposed on another hashes
 * the same), no whitespace. Only JSON data is accepted: a function, a symbol or a non-finite
 * number is a programming error, not content.
 */
export function canonicalJsonNfc(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJsonNfc: only finite numbers');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((entry) => canonicalJsonNfc(entry === undefined ? null : entry)).join(',')}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((key) => `${JSON.stringify(key.normalize('NFC'))}:${canonicalJsonNfc(record[key])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJsonNfc: ${typeof value} is not JSON data`);
  }
}

/**
 * JSON with object keys sorted, so equal values give equal text on every PC whatever order their
 * properties were written in. `undefined` (a removed field) is written as the marker "~u".
 */
export function opValueJson(value: unknown): string {
  if (value === undefined) return '~u';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : opValueJson(item))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${opValueJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}
