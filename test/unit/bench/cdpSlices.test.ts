import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slices, tableSlices } from '../../bench/harness/cdpSlices';

// The thirty-year bench closed Chromium by sending its folder in one CDP message of several hundred MB.
describe('bench data sent to the page in slices', () => {
  it('keeps every item in order, and no slice over the limit unless one item alone is', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 60 }), fc.integer({ min: 1, max: 200 }), (items, limit) => {
        const parts = [...slices(items, limit)];
        expect(parts.flat()).toEqual(items);
        for (const part of parts) {
          expect(part.length).toBeGreaterThan(0);
          if (part.length > 1) expect(part.reduce((sum, item) => sum + JSON.stringify(item).length, 0)).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });

  it('slices each table on its own and keeps the tables whole', () => {
    const rows = { agendaItems: Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, notes: 'x'.repeat(100) })), sittings: [{ id: 's1' }] };
    const parts = [...tableSlices(rows, 1_000)];
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.every((part) => Object.keys(part).length === 1)).toBe(true);
    expect(parts.flatMap((part) => part.agendaItems ?? [])).toEqual(rows.agendaItems);
    expect(parts.flatMap((part) => part.sittings ?? [])).toEqual(rows.sittings);
  });
});
