/** Median of a list of timings (the benchmark reports medians of at least five runs). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

export async function repeat(runs: number, measure: (run: number) => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await measure(run));
  return results;
}
