import { startTransition, useEffect, useState } from 'react';

/** Rows rendered at once: more than a screen holds. */
export const FIRST_ROWS = 60;
const STEP = 200;

/**
 * How many rows of a long list to render: the first screenful at once, then the rest in steps of
 * 200 as low-priority updates (startTransition), so opening the list or changing its filter never
 * blocks the page for the whole list. `resetKey` starts over (another filter); `first` rows come at once.
 */
export function useGrowingCount(total: number, resetKey: string, first = FIRST_ROWS): number {
  const [state, setState] = useState({ key: resetKey, count: first });
  const count = state.key === resetKey ? state.count : first;
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setState({ key: resetKey, count: count + STEP })), 0);
    return () => clearTimeout(timer);
  }, [count, total, resetKey]);
  return Math.min(count, total);
}
