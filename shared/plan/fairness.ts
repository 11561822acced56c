import type { Sitting } from '../domain/sitting';

export type FairnessSitting = Pick<Sitting, 'date' | 'hostTerritoryId' | 'status'>;

export interface HostCount {
  territoryId: string;
  /** Sittings hosted or to be hosted (cancelled ones do not count). */
  hosted: number;
  /** Cancelled sittings it was to host. */
  cancelled: number;
}

export interface FairnessResult {
  counts: HostCount[];
  /** Most minus fewest hosted sittings. */
  gap: number;
  /** Set when one territory hosts two or more sittings more than another. */
  warning?: { most: string[]; fewest: string[]; gap: number };
}

/**
 * How often each territory hosts, over the given sittings (one year, or all years). A gap of
 * two or more is unfair: one territory would host two sittings more than another.
 */
export function hostFairness(sittings: readonly FairnessSitting[], territoryIds: readonly string[]): FairnessResult {
  const counts = territoryIds.map((territoryId) => ({ territoryId, hosted: 0, cancelled: 0 }));
  const byId = new Map(counts.map((c) => [c.territoryId, c]));
  for (const sitting of sittings) {
    const count = sitting.hostTerritoryId ? byId.get(sitting.hostTerritoryId) : undefined;
    if (!count) continue;
    if (sitting.status === 'cancelled') count.cancelled += 1;
    else count.hosted += 1;
  }
  if (counts.length === 0) return { counts, gap: 0 };
  const max = Math.max(...counts.map((c) => c.hosted));
  const min = Math.min(...counts.map((c) => c.hosted));
  const gap = max - min;
  const result: FairnessResult = { counts, gap };
  if (gap >= 2) {
    result.warning = {
      most: counts.filter((c) => c.hosted === max).map((c) => c.territoryId),
      fewest: counts.filter((c) => c.hosted === min).map((c) => c.territoryId),
      gap,
    };
  }
  return result;
}
