import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addRange, emptyCoverage, isCovered } from '../../../../shared/sync/coverage';

describe('cursor coverage', () => {
  it('the cursor is exactly the gap-free prefix of what arrived, in any arrival order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 5 })), { maxLength: 30 }), (ranges) => {
        let coverage = emptyCoverage();
        const arrived = new Set<number>();
        for (const [first, length] of ranges) {
          coverage = addRange(coverage, first, first + length);
          for (let seq = first; seq <= first + length; seq++) arrived.add(seq);
        }
        let prefix = 0;
        while (arrived.has(prefix + 1)) prefix += 1;
        if (coverage.seq !== prefix) return false;
        for (let seq = 1; seq <= 50; seq++) if (isCovered(coverage, seq, seq) !== arrived.has(seq)) return false;
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('a missing segment holds the cursor', () => {
    let coverage = addRange(emptyCoverage(), 1, 3);
    coverage = addRange(coverage, 7, 9);
    expect(coverage).toEqual({ seq: 3, ranges: [[7, 9]] });
    expect(isCovered(coverage, 4, 6)).toBe(false);
    expect(addRange(coverage, 4, 6)).toEqual({ seq: 9, ranges: [] });
  });
});
