/**
 * Which sequence numbers of one device have been applied. `seq` is the cursor: every op up to it
 * arrived, with no gap. Segments that arrived beyond a gap are applied too (the merge does not
 * depend on order) and remembered in `ranges`, but the cursor never skips the gap: it moves on
 * only when the missing segment arrives.
 */
export interface Coverage {
  seq: number;
  /** Sorted, disjoint ranges above seq + 1. */
  ranges: [number, number][];
}

export const emptyCoverage = (): Coverage => ({ seq: 0, ranges: [] });

export function addRange(coverage: Coverage, first: number, last: number): Coverage {
  const all: [number, number][] = [...coverage.ranges, [first, last] as [number, number]].sort((a, b) => a[0] - b[0]);
  let seq = coverage.seq;
  const ranges: [number, number][] = [];
  for (const [from, to] of all) {
    if (to <= seq) continue;
    if (from <= seq + 1) {
      seq = to;
      continue;
    }
    const lastRange = ranges[ranges.length - 1];
    if (lastRange && from <= lastRange[1] + 1) lastRange[1] = Math.max(lastRange[1], to);
    else ranges.push([from, to]);
  }
  // A range may now touch the advanced cursor.
  while (ranges.length > 0 && ranges[0]![0] <= seq + 1) {
    seq = Math.max(seq, ranges.shift()![1]);
  }
  return { seq, ranges };
}

export function isCovered(coverage: Coverage, first: number, last: number): boolean {
  if (last <= coverage.seq) return true;
  return coverage.ranges.some(([from, to]) => from <= Math.max(first, coverage.seq + 1) && last <= to);
}

/** Moves the cursor to at least `seq` (a snapshot covers everything up to it). */
export function coverUpTo(coverage: Coverage, seq: number): Coverage {
  return seq <= coverage.seq ? coverage : addRange({ seq, ranges: coverage.ranges }, seq, seq);
}
