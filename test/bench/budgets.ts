/** The figures `npm run bench` reports, each the median of its runs. */
export interface BenchFigures {
  bootstrapMs: number;
  bulkPutFloorMs: number;
  bootstrapRatio: number;
  incrementalMs: number;
  pdfMs: number;
  pdfFloorMs: number;
  pdfRatio: number;
  coldStartMs: number;
  rendererGzipKB: number;
}

/**
 * Upper limits. A figure above its budget fails `npm run bench` and is named. Issue 9 set
 * coldStartMs ≤ 1000 and rendererGzipKB ≤ 350; measured 500 ms and 191 KB, so both are tightened
 * (with room for a busy machine). The other three are issue 9's own.
 */
export const budgets: Partial<Record<keyof BenchFigures, number>> = {
  bootstrapRatio: 3,
  incrementalMs: 100,
  pdfRatio: 1.5,
  coldStartMs: 800,
  rendererGzipKB: 250,
};

export function missedBudgets(figures: BenchFigures): string[] {
  return Object.entries(budgets)
    .filter(([name, limit]) => figures[name as keyof BenchFigures] > (limit as number))
    .map(([name, limit]) => `${name} = ${figures[name as keyof BenchFigures]} (Budget ${limit})`);
}
