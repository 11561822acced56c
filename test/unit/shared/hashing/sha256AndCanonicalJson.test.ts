import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Hex } from '../../../../shared/hashing/sha256';
import { canonicalJsonNfc, opValueJson } from '../../../../shared/hashing/canonicalJson';
import { sameValue, valueKey } from '../../../../shared/sync/valueKey';

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Node for any text, including umlauts, emoji and block boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = 'ä'.repeat(length);
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('equals Node for bytes of every length around the padding boundaries', () => {
    for (let length = 0; length < 200; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('hashes bytes (backup files) the same as Node does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 200 },
    );
    const large = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
    expect(sha256Hex(large)).toBe(createHash('sha256').update(large).digest('hex'));
  });
});

describe('canonicalJsonNfc (content hashes of minutes and backups)', () => {
  it('sorts keys, drops undefined and normalises to NFC, so equal content gives equal text', () => {
    const decomposed = 'Ba\u0308r'; // "Bär" with a combining diaeresis
    expect(canonicalJsonNfc({ b: 1, a: { d: [1, undefined, 'x'], c: undefined }, e: decomposed })).toBe(
      '{"a":{"d":[1,null,"x"]},"b":1,"e":"Bär"}',
    );
    expect(canonicalJsonNfc({ a: 1, b: 2 })).toBe(canonicalJsonNfc({ b: 2, a: 1 }));
  });

  it('refuses what is not JSON data', () => {
    expect(() => canonicalJsonNfc({ n: Number.NaN })).toThrow();
    expect(() => canonicalJsonNfc({ f: () => 1 })).toThrow();
  });

  it('round-trips: parsing canonical JSON and writing it again gives the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJsonNfc(value);
        expect(canonicalJsonNfc(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

describe('opValueJson (sync ops and field values, stored in the sync folder)', () => {
  it('writes the pinned bytes: keys sorted, text kept exactly as typed, a removed field as "~u"', () => {
    const decomposed = 'Ba\u0308r';
    expect(opValueJson({ b: decomposed, a: [1, undefined], c: undefined })).toBe('{"a":[1,null],"b":"Ba\u0308r"}');
    expect(opValueJson(undefined)).toBe('~u');
    expect(opValueJson(Number.NaN)).toBe('null');
    expect(opValueJson({ a: 1, b: 2 })).toBe(opValueJson({ b: 2, a: 1 }));
  });

  it('fingerprints values with the pinned keys, and tells decomposed text from composed text', () => {
    expect(valueKey('Bär')).toBe('86db86f7d0e8e0dd');
    expect(valueKey(undefined)).toBe('6678e03e7012524d');
    expect(valueKey({ b: 'Ba\u0308r', a: [1, undefined] })).toBe('62b976241f6fda6e');
    expect(sameValue({ x: 'Bär' }, { x: 'Ba\u0308r' })).toBe(false);
    expect(sameValue({ x: 1, y: [2] }, { y: [2], x: 1 })).toBe(true);
  });
});

/** The recursive canonicalJson as it was: the iterative one must write exactly the same text (hashes of old backups). */
function recursiveReference(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((entry: unknown) => recursiveReference(entry === undefined ? null : entry)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((key) => `${JSON.stringify(key.normalize('NFC'))}:${recursiveReference(record[key])}`).join(',')}}`;
}

describe('canonicalJsonNfc without recursion', () => {
  it('writes the same text as the recursive definition for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(canonicalJsonNfc(value)).toBe(recursiveReference(value));
      }),
      { numRuns: 500 },
    );
  });

  it('handles 100,000 levels of nesting without a stack overflow', () => {
    let deep: unknown = { a: 1 };
    for (let i = 0; i < 100_000; i += 1) deep = i % 2 ? [deep] : { x: deep };
    const text = canonicalJsonNfc(deep);
    expect(text).toBe(`${'[{"x":'.repeat(50_000)}{"a":1}${'}]'.repeat(50_000)}`);
  });
});
