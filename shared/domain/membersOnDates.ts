import type { Body, Membership } from './membership';

/**
 * `membersAsOf` for many dates at once (a list or statistics over every sitting): the memberships are
 * swept once, so each date costs a binary search instead of a scan of all memberships. The valid set
 * only changes where a membership starts or ends (validFrom, validTo), so it is kept per such interval.
 * Same result as `membersAsOf(memberships, body, date)`, in the same order.
 */
export function membersOnDates(memberships: readonly Membership[]): (body: Body, date: string) => Membership[] {
  const boundaries = [...new Set(memberships.flatMap((m) => (m.validTo ? [m.validFrom, m.validTo] : [m.validFrom])))].sort();
  const starting = new Map<string, number[]>();
  const ending = new Map<string, number[]>();
  memberships.forEach((m, index) => {
    push(starting, m.validFrom, index);
    if (m.validTo) push(ending, m.validTo, index);
  });
  // valid[i]: the memberships valid from boundaries[i] up to the next boundary, in input order.
  const valid: Membership[][] = [];
  const active = new Set<number>();
  for (const boundary of boundaries) {
    for (const index of ending.get(boundary) ?? []) active.delete(index);
    // A period with validTo <= validFrom is valid on no date (as isValidOn says).
    for (const index of starting.get(boundary) ?? []) {
      const { validTo } = memberships[index]!;
      if (!validTo || boundary < validTo) active.add(index);
    }
    valid.push([...active].sort((a, b) => a - b).map((index) => memberships[index]!));
  }
  return (body, date) => {
    const at = lastAtOrBefore(boundaries, date);
    const members = at < 0 ? [] : valid[at]!;
    return body === 'extended' ? [...members] : members.filter((m) => m.body === 'core');
  };
}

function push(map: Map<string, number[]>, key: string, index: number) {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** The index of the last value <= key in a sorted list, or -1. */
function lastAtOrBefore(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= key) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
