import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { membersAsOf } from '../../../../shared/domain/membersAsOf';
import { membersOnDates } from '../../../../shared/domain/membersOnDates';
import type { Membership } from '../../../../shared/domain/membership';

const day = fc.integer({ min: 0, max: 40 }).map((n) => `2025-01-${String(n + 1).padStart(2, '0')}`);
const membership = fc.record({ from: day, to: fc.option(day, { nil: undefined }), core: fc.boolean() });

describe('membersOnDates', () => {
  it('answers every date and body exactly as membersAsOf, in the same order (including empty and reversed periods)', () => {
    fc.assert(
      fc.property(fc.array(membership, { maxLength: 30 }), fc.array(day, { minLength: 1, maxLength: 20 }), (raw, dates) => {
        const memberships = raw.map(
          (m, i): Membership => ({
            id: `m${i}`, updatedAt: '2026-01-01T00:00:00.000Z', personId: `p${i}`, seatId: `s${i % 7}`,
            body: m.core ? 'core' : 'extended', category: m.core ? 'head' : 'personality', validFrom: m.from, ...(m.to ? { validTo: m.to } : {}),
          }) as Membership,
        );
        const on = membersOnDates(memberships);
        for (const date of [...dates, '2024-12-31', '2025-12-31']) {
          for (const body of ['core', 'extended'] as const) expect(on(body, date)).toEqual(membersAsOf(memberships, body, date));
        }
      }),
      { numRuns: 500 },
    );
  });
});
