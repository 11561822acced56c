import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../../../shared/sync/formats';
import { readSnapshotShape } from '../../../../shared/sync/snapshotShape';

/** The hand check of snapshot files gives exactly the schema's verdict and the schema's value. */
const device = '0123456789abcdef';
const hlc = (n: number) => `2026-03-11T13:00:0${n}.000Z-0000-${device}`;
const row = (extra: object = {}) => ({
  table: 'persons',
  id: 'p1',
  data: { id: 'p1', lastName: 'Müller', tags: ['a'], nested: { x: null } },
  fields: { lastName: { h: hlc(1), s: [hlc(0)], v: ['0011223344556677'], l: [{ h: hlc(2), v: 'Mueller', k: 'aabbccddeeff0011' }] } },
  ...extra,
});
const snapshot = (extra: object = {}, rows: unknown[] = [row()]) => ({
  format: 'konvent-snapshot',
  v: 1,
  deviceId: device,
  hlc: hlc(3),
  createdAt: '2026-03-11T13:00:03.000Z',
  covers: { [device]: 12, fedcba9876543210: 0 },
  rows,
  ...extra,
});

describe('reading a snapshot file', () => {
  it('agrees with snapshotSchema on valid, almost valid and odd snapshots', () => {
    const variants: unknown[] = [
      snapshot(),
      snapshot({ writer: 'fremd' }),
      snapshot({}, [row({ extra: 1 })]),
      snapshot({}, []),
      snapshot({}, [row(), row({ id: 'p2', table: 'attendance' })]),
      snapshot({}, [row({ data: JSON.parse('{"__proto__": {"x": 1}, "id": "p1"}') })]),
      snapshot({}, [row({ data: [] })]),
      snapshot({}, [row({ data: null })]),
      snapshot({}, [row({ table: '_outbox' })]),
      snapshot({}, [row({ table: 'prototype' })]),
      snapshot({}, [row({ id: '' })]),
      snapshot({}, [row({ id: 'x'.repeat(201) })]),
      snapshot({}, [row({ fields: { a: { h: 'gestern' } } })]),
      snapshot({}, [row({ fields: JSON.parse('{"__proto__": {"h": "2026-03-11T13:00:01.000Z-0000-0123456789abcdef"}}') })]),
      snapshot({}, ['row']),
      snapshot({ v: 2 }),
      snapshot({ format: 'konvent-sync' }),
      snapshot({ deviceId: 'ABC' }),
      snapshot({ hlc: `9999-12-31T23:59:59.999Z-0000-${device}` }),
      snapshot({ createdAt: 5 }),
      snapshot({ covers: { [device]: -1 } }),
      snapshot({ covers: { [device]: 1.5 } }),
      snapshot({ covers: { nothex: 1 } }),
      snapshot({ covers: [] }),
      snapshot({ rows: {} }),
      null,
      [],
      'snapshot',
    ];
    for (const raw of variants) {
      const expected = snapshotSchema.safeParse(raw);
      const read = readSnapshotShape(raw);
      expect(read === null, JSON.stringify(raw)).toBe(!expected.success);
      if (read && expected.success) expect(read, JSON.stringify(raw)).toStrictEqual(expected.data);
    }
  });

  it('takes the hand check for an ordinary snapshot (its rows are not copied by the schema)', () => {
    const first = row();
    expect(readSnapshotShape(snapshot({}, [first]))!.rows[0]!.data).toBe(first.data);
  });
});
