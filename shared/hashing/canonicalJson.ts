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
 *
 * Written with its own stack instead of recursion, so a value nested 100,000 levels deep (a
 * hostile backup file) cannot overflow the call stack.
 */
export function canonicalJsonNfc(value: unknown): string {
  type Frame = { close: string; entries: readonly unknown[]; keys: readonly string[] | null; next: number };
  const out: string[] = [];
  const stack: Frame[] = [];

  const open = (item: unknown): void => {
    if (item === null) {
      out.push('null');
      return;
    }
    switch (typeof item) {
      case 'string':
        out.push(JSON.stringify(item.normalize('NFC')));
        return;
      case 'boolean':
        out.push(item ? 'true' : 'false');
        return;
      case 'number':
        if (!Number.isFinite(item)) throw new TypeError('canonicalJsonNfc: only finite numbers');
        out.push(JSON.stringify(item));
        return;
      case 'object': {
        if (Array.isArray(item)) {
          out.push('[');
          stack.push({ close: ']', entries: item.map((entry: unknown) => (entry === undefined ? null : entry)), keys: null, next: 0 });
          return;
        }
        const record = item as Record<string, unknown>;
        const keys = Object.keys(record)
          .filter((key) => record[key] !== undefined)
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        out.push('{');
        stack.push({ close: '}', entries: keys.map((key) => record[key]), keys, next: 0 });
        return;
      }
      default:
        throw new TypeError(`canonicalJsonNfc: ${typeof item} is not JSON data`);
    }
  };

  open(value);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.entries.length) {
      out.push(frame.close);
      stack.pop();
      continue;
    }
    const index = frame.next;
    frame.next += 1;
    if (index > 0) out.push(',');
    if (frame.keys) out.push(`${JSON.stringify(frame.keys[index]!.normalize('NFC'))}:`);
    open(frame.entries[index]);
  }
  return out.join('');
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
