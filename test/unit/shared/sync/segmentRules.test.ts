import { describe, expect, it } from 'vitest';
import { parseSegmentWith } from '../../../../shared/sync/segment';
import { sha256Hex } from '../../../../shared/hashing/sha256';
import { hlcProblem, isHlc } from '../../../../shared/sync/hlc';
import { formatFileSchema, syncOpSchema } from '../../../../shared/sync/formats';

/**
 * docs/sync-format.md, read by someone else: what a foreign writer may do (no final newline, CRLF,
 * upper-case hash, extra keys) is accepted; what it must not do is refused naming the rule.
 */
const device = '0123456789abcdef';
const enc = (s: string) => new TextEncoder().encode(s);

/** A writer that follows only the document: hash over the bytes after the header line, as stored. */
function foreignSegment(lines: string[], options: { finalNewline?: boolean; eol?: string; upper?: boolean; headerExtra?: object } = {}) {
  const eol = options.eol ?? '\n';
  const body = lines.join(eol) + (options.finalNewline === false ? '' : eol);
  const hash = sha256Hex(enc(body));
  const header = { v: 1, deviceId: device, first: 1, last: lines.length, count: lines.length, sha256: options.upper ? hash.toUpperCase() : hash, ...options.headerExtra };
  return enc(`${JSON.stringify(header)}${eol}${body}`);
}

const op = (seq: number, extra: object = {}) =>
  JSON.stringify({ seq, hlc: `2026-03-11T13:00:0${seq}.000Z-0000-${device}`, table: 'persons', id: 'p1', field: 'notes', value: `Notiz ${seq}`, prev: null, ...extra });

const parse = (bytes: Uint8Array, last = 2) => parseSegmentWith(bytes, { deviceId: device, first: 1, last }, async (data) => sha256Hex(data));

describe('segment rules for independent writers', () => {
  it('accepts a last line without final newline, CRLF line ends, an upper-case hash and unknown extra keys', async () => {
    for (const bytes of [
      foreignSegment([op(1), op(2)], { finalNewline: false }),
      foreignSegment([op(1), op(2)], { eol: '\r\n' }),
      foreignSegment([op(1), op(2)], { upper: true }),
      foreignSegment([op(1, { origin: 'fremd', x: [1] }), op(2)], { headerExtra: { writer: 'other-tool 1.0' } }),
    ]) {
      const parsed = await parse(bytes);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.ops.map((o) => [o.seq, o.value, Object.keys(o).sort().join()])).toEqual([
        [1, 'Notiz 1', 'field,hlc,id,prev,seq,table,value'],
        [2, 'Notiz 2', 'field,hlc,id,prev,seq,table,value'],
      ]);
    }
  });

  it('refuses what the document forbids and names the rule', async () => {
    expect(await parse(foreignSegment([op(1), op(2, { hlc: `9999-12-31T23:59:59.999Z-0000-${device}` })]))).toEqual({ ok: false, problem: 'opUnreadable', detail: 'Zeile 3: op-hlc: hlc-bound' });
    expect(await parse(foreignSegment([op(1), op(2, { hlc: `2026-03-11T13:00:02.000Z-00FF-${device}` })]))).toEqual({ ok: false, problem: 'opUnreadable', detail: 'Zeile 3: op-hlc: hlc-syntax' });
    expect(await parse(foreignSegment([op(1), op(2, { table: 'x-y' })]))).toEqual({ ok: false, problem: 'opUnreadable', detail: 'Zeile 3: op-table' });
    expect(await parse(foreignSegment([op(1), op(3)]))).toEqual({ ok: false, problem: 'wrongSequence', detail: 'Zeile 3: seg-seq' });
    expect(await parse(foreignSegment([op(1), '', op(3)]), 3)).toEqual({ ok: false, problem: 'opUnreadable', detail: 'Zeile 3: op-json' });
    expect(await parse(foreignSegment([op(1), op(2)]).subarray(0, 150))).toMatchObject({ ok: false, problem: 'truncated', detail: 'seg-hash' });
  });

  it('has an upper bound: year 9000 on is refused, 8999 is not', async () => {
    expect(hlcProblem(`9000-01-01T00:00:00.000Z-0000-${device}`)).toBe('hlc-bound');
    expect(isHlc(`8999-12-31T23:59:59.999Z-ffff-${device}`)).toBe(true);
    expect(hlcProblem(`2026-02-30T00:00:00.000Z-0000-${device}`)).toBe('hlc-syntax');
  });

  it('takes any folderId of 1–64 letters, digits and dashes (a UUID too), nothing else', async () => {
    const file = (folderId: string) => formatFileSchema.safeParse({ format: 'konvent-sync', formatVersion: 1, folderId, createdAt: '2026-03-11T13:00:00.000Z', extra: 1 }).success;
    expect(file('6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d')).toBe(true);
    expect(file('0123456789ABCDEF0123456789abcdef')).toBe(true);
    expect(file('')).toBe(false);
    expect(file('../x')).toBe(false);
  });

  it('reads every op exactly as the op schema does: same ops, same keys, same refusals', async () => {
    const variants: object[] = [
      {},
      { value: null },
      { value: { a: [1, 'ü'], b: null } },
      { value: undefined },
      { prev: `2026-03-11T13:00:00.000Z-0001-${device}` },
      { extra: 1, __proto__x: 2 },
      { seq: 0 },
      { seq: 1.5 },
      { seq: '1' },
      { table: '_outbox' },
      { table: 'constructor' },
      { table: 'a'.repeat(65) },
      { field: 'id' },
      { field: '__proto__' },
      { id: '' },
      { id: 'x'.repeat(201) },
      { id: 7 },
      { prev: 'gestern' },
      { prev: undefined },
      { hlc: `2026-02-30T00:00:00.000Z-0000-${device}` },
    ];
    for (const extra of variants) {
      const line = op(1, extra);
      const expected = syncOpSchema.safeParse(JSON.parse(line));
      const parsed = await parse(foreignSegment([line]), 1);
      expect(parsed.ok, line).toBe(expected.success);
      if (parsed.ok && expected.success) expect(parsed.ops[0], line).toStrictEqual(expected.data);
    }
  });
});
