import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJsonNfc } from '../../../../shared/hashing/canonicalJson';
import { rowJson } from '../../../../shared/hashing/canonicalRow';

/** rowJson must give exactly canonicalJsonNfc (or throw where it throws), and JSON of the row as stored. */
function expectSameAsCanonical(value: unknown) {
  let expected: string | Error;
  try {
    expected = canonicalJsonNfc(value);
  } catch (error) {
    expected = error as Error;
  }
  if (expected instanceof Error) {
    expect(() => rowJson(value)).toThrow(TypeError);
    return;
  }
  const written = rowJson(value);
  expect(written.canonical).toBe(expected);
  // The file's JSON holds the row as stored: same data, strings not normalized.
  expect(JSON.parse(written.json)).toEqual(JSON.parse(JSON.stringify(value)));
}

const decomposed = 'Gru\u0308ße a\u0301';

describe('rowJson: a row for the backup file and its canonical JSON in one pass', () => {
  it('equals canonicalJsonNfc on the tricky cases', () => {
    const cases: unknown[] = [
      { z: 1, a: 'x', m: { y: [1, 'b', null, true], b: { d: 1, c: 2 } } },
      { text: decomposed, [decomposed]: 'Schlüssel' },
      { text: 'Fachkräfte „Region“ – 5 € …', ä: 'ü' },
      { 10: 'a', 9: 'b', a: 'c', '01': 'd', 4294967295: 'e', 4294967294: 'f' },
      JSON.parse('{"__proto__":{"x":1},"a":2}'),
      { list: [1, undefined, 3], missing: undefined },
      { hole: [1, , 3] }, // eslint-disable-line no-sparse-arrays -- structured clone keeps holes
      { at: new Date('2026-03-11T10:00:00Z') },
      { n: Number.NaN },
      { n: -0, big: 1e21, small: 5e-7, frac: 0.1 },
      { lone: '\ud800x', escape: '\n\u0301', control: '\u0000\u001f"\\' },
      Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
      JSON.parse(`${'['.repeat(300)}1${']'.repeat(300)}`),
      'just text',
      42,
      null,
    ];
    for (const value of cases) expectSameAsCanonical(value);
  });

  it('keeps a text NFC would change as stored in the file, while the hash sees it normalized', () => {
    const written = rowJson({ name: decomposed });
    expect(JSON.parse(written.json).name).toBe(decomposed);
    expect(JSON.parse(written.canonical).name).toBe(decomposed.normalize('NFC'));
  });

  it('equals canonicalJsonNfc for any JSON value, and for any row of strings with combining marks', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectSameAsCanonical(value)), { numRuns: 500 });
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'ß', 'ä', 'a\u0308', '\u0301', '\u1100', '\u1161', '\uac00', '9', '–', '\ud800', '\n') });
    fc.assert(fc.property(fc.dictionary(text, fc.oneof(text, fc.array(text), fc.dictionary(text, text))), (value) => expectSameAsCanonical(value)), {
      numRuns: 500,
    });
  });
});
