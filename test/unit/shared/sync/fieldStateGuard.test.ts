import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { fieldStateSchema, snapshotSchema } from '../../../../shared/sync/formats';
import { isFieldState, isFieldStateRecord } from '../../../../shared/sync/fieldStateGuard';
import { formatHlc } from '../../../../shared/sync/hlc';

/** The hand-written check of snapshot field states accepts exactly what fieldStateSchema accepts. */
const hlc = fc
  .record({ millis: fc.integer({ min: 0, max: 4_102_444_800_000 }), counter: fc.integer({ min: 0, max: 0xffff }), deviceId: fc.stringMatching(/^[0-9a-f]{16}$/) })
  .map(formatHlc);
const almostHlc = fc.oneof(hlc, hlc.map((h) => h.replace('T', ' ')), hlc.map((h) => h.replace(/^\d{4}-\d{2}/, '2026-13')), hlc.map((h) => h.slice(0, -1)), fc.string(), fc.anything());
const loser = fc.record({ h: almostHlc, v: fc.anything(), k: fc.oneof(fc.string(), fc.anything()) }, { requiredKeys: [] });
const fieldStateLike = fc.oneof(
  fc.record(
    {
      h: fc.oneof(hlc, almostHlc),
      s: fc.option(fc.array(fc.oneof(hlc, hlc, almostHlc), { maxLength: 4 }), { nil: undefined }),
      v: fc.option(fc.array(fc.oneof(fc.string(), fc.string(), fc.anything()), { maxLength: 4 }), { nil: undefined }),
      l: fc.option(fc.array(fc.oneof(fc.record({ h: hlc, v: fc.anything(), k: fc.string() }), loser), { maxLength: 3 }), { nil: undefined }),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('field state guard', () => {
  it('agrees with fieldStateSchema on valid, almost valid and arbitrary values', () => {
    fc.assert(
      fc.property(fieldStateLike, (value) => isFieldState(value) === fieldStateSchema.safeParse(value).success),
      { numRuns: 3000 },
    );
  });

  it('agrees with a record of fieldStateSchema for whole `fields` objects', () => {
    const record = z.record(z.string(), fieldStateSchema);
    const fields = fc.oneof(fc.dictionary(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/), fieldStateLike, { maxKeys: 4 }), fc.anything());
    fc.assert(
      fc.property(fields, (value) => isFieldStateRecord(value) === record.safeParse(value).success),
      { numRuns: 2000 },
    );
  });

  it('refuses names that would change a prototype, so a snapshot carrying one is not read', () => {
    const state = { h: '2026-03-11T13:00:00.000Z-0000-0123456789abcdef' };
    expect(isFieldStateRecord({ notes: state })).toBe(true);
    expect(isFieldStateRecord(JSON.parse(`{"__proto__": ${JSON.stringify(state)}}`))).toBe(false);
    const snapshot = {
      format: 'konvent-snapshot',
      v: 1,
      deviceId: '0123456789abcdef',
      hlc: state.h,
      createdAt: '2026-03-11T13:00:00.000Z',
      covers: {},
      rows: [{ table: 'persons', id: 'x', data: { id: 'x' }, fields: { notes: { h: 'gestern' } } }],
    };
    expect(snapshotSchema.safeParse(snapshot).success).toBe(false);
    snapshot.rows[0]!.fields.notes = state;
    expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
  });
});
