import { describe, expect, it } from 'vitest';
import { encodeSegment, parseSegmentWith } from '../../../../shared/sync/segment';
import { sha256Hex } from '../../../../shared/hashing/sha256';
import { sha256HexNative } from '../../../../renderer/sync/engine/digest';
import type { SyncOp } from '../../../../shared/sync/formats';

const device = '0123456789abcdef';
/** The check with the pure TypeScript hash. */
const parseSegment = (bytes: Uint8Array, expected: { deviceId: string; first: number; last: number }) =>
  parseSegmentWith(bytes, expected, async (data) => sha256Hex(data));
const ops: SyncOp[] = [
  { seq: 7, hlc: '2026-03-11T13:00:00.000Z-0000-0123456789abcdef', table: 'persons', id: '01JS0000000000000000000001', field: 'email', value: 'ä@example.org', prev: null },
  { seq: 8, hlc: '2026-03-11T13:00:00.000Z-0001-0123456789abcdef', table: 'persons', id: '01JS0000000000000000000001', field: 'phone', prev: '2026-03-10T13:00:00.000Z-0000-fedcba9876543210' },
  { seq: 9, hlc: '2026-03-11T13:00:00.000Z-0002-0123456789abcdef', table: 'decisions', id: '01JS0000000000000000000002', field: 'votes', value: { yes: 12, no: 1, abstain: 2 }, prev: null },
];

describe('segments', () => {
  it('round-trip: header {v:1, deviceId, first, last, count, sha256}, one op per line, removed fields without value', async () => {
    const { bytes, header } = encodeSegment(device, ops);
    expect(header).toMatchObject({ v: 1, deviceId: device, first: 7, last: 9, count: 3 });
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\n')).toHaveLength(5);
    expect(text.split('\n')[2]).not.toContain('value');
    expect(await parseSegment(bytes, { deviceId: device, first: 7, last: 9 })).toEqual({ ok: true, header, ops });
  });

  it('refuses anything else, naming why', async () => {
    const { bytes } = encodeSegment(device, ops);
    const text = new TextDecoder().decode(bytes);
    const enc = (s: string) => new TextEncoder().encode(s);
    const expectProblem = async (data: Uint8Array, problem: string, expected = { deviceId: device, first: 7, last: 9 }) =>
      expect(await parseSegment(data, expected)).toMatchObject({ ok: false, problem });
    await expectProblem(new Uint8Array(), 'empty');
    await expectProblem(bytes.subarray(0, bytes.length - 5), 'truncated');
    await expectProblem(Uint8Array.from([0xc3, 0x28, 0x0a]), 'notText');
    await expectProblem(enc('[1,2,3]\n{}\n'), 'headerUnreadable');
    await expectProblem(enc(text.replace('ä@example.org', 'b@example.org')), 'hashMismatch');
    await expectProblem(bytes, 'wrongName', { deviceId: 'fedcba9876543210', first: 7, last: 9 });
    await expectProblem(bytes, 'wrongName', { deviceId: device, first: 7, last: 8 });
  });

  it('gives the same verdicts with an injected (WebCrypto) hash', async () => {
    const { bytes } = encodeSegment(device, ops);
    const text = new TextDecoder().decode(bytes);
    const samples = [bytes, bytes.subarray(0, bytes.length - 5), new TextEncoder().encode(text.replace('ä@example.org', 'b@example.org'))];
    for (const data of samples) {
      const expected = { deviceId: device, first: 7, last: 9 };
      expect(await parseSegmentWith(data, expected, sha256HexNative)).toEqual(await parseSegment(data, expected));
    }
  });
});
