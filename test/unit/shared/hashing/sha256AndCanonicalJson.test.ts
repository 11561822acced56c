import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Hex } from '../../../../shared/hashing/sha256';
import { canonicalJson } from '../../../../shared/hashing/canonicalJson';

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

describe('canonicalJson', () => {
  it('sorts keys, drops undefined and normalises to NFC, so equal content gives equal text', () => {
    const decomposed = 'Ba\u0308r'; // "Bär" with a combining diaeresis
    expect(canonicalJson({ b: 1, a: { d: [1, undefined, 'x'], c: undefined }, e: decomposed })).toBe(
      '{"a":{"d":[1,null,"x"]},"b":1,"e":"Bär"}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('refuses what is not JSON data', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });

  it('round-trips: parsing canonical JSON and writing it again gives the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
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

describe('canonicalJson without recursion', () => {
  it('writes the same text as the recursive definition for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(canonicalJson(value)).toBe(recursiveReference(value));
      }),
      { numRuns: 500 },
    );
  });

  it('handles 100,000 levels of nesting without a stack overflow', () => {
    let deep: unknown = { a: 1 };
    for (let i = 0; i < 100_000; i += 1) deep = i % 2 ? [deep] : { x: deep };
    const text = canonicalJson(deep);
    expect(text).toBe(`${'[{"x":'.repeat(50_000)}{"a":1}${'}]'.repeat(50_000)}`);
  });
});
