import { describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runBench } from '../bench/runBench';
import { TINY } from '../bench/dataset/generateTenYears';
import { budgets, missedBudgets, missedGrowth } from '../bench/budgets';

/**
 * The benchmark harness on a tiny dataset, once, so `npm run bench` never rots. No timing is
 * asserted here (benchmarks are not timed tests): only that every figure is measured and the
 * data arrived complete.
 */
describe('benchmark harness (tiny size)', () => {
  it('measures every figure on real IndexedDB, OPFS and the print route', async () => {
    const workDir = path.resolve('test/e2e/.artifacts/bench-tiny');
    const results = await runBench({ size: TINY, edits: 60, runs: 1, baseUrl: inject('baseUrl'), distDir: path.resolve('dist/renderer'), workDir });
    for (const figure of [
      'bootstrapMs', 'bulkPutFloorMs', 'incrementalMs', 'pdfMs', 'pdfFloorMs', 'coldStartMs', 'rendererGzipKB',
      'screenMaxMs', 'firstVisitMaxMs', 'searchMs', 'heapMB', 'backupCreateMs', 'backupFloorMs', 'backupRestoreMs',
    ] as const) {
      expect(results[figure], figure).toBeGreaterThan(0);
    }
    expect(Object.keys(results.screens)).toEqual(['overview', 'plan', 'sittings', 'members', 'minutesOverview', 'actionItemsAll', 'actionItemsOpen', 'minutesEditor', 'statistics']);
    expect(Object.keys(results.firstVisits)).toEqual(['plan', 'sittings', 'members', 'minutesOverview']);
    // Honest data: 1–3 KB per minutes text after the edits.
    expect(results.minutesTextKB).toBeGreaterThanOrEqual(results.rows.agendaItems!);
    expect(results.rows.sittings).toBe(12);
    expect(results.opCount).toBeGreaterThan(1000);
    expect(existsSync(path.join(workDir, 'minutes.pdf'))).toBe(true);
    expect(missedBudgets({ ...results, coldStartMs: 1e9 })).toContain(`coldStartMs = 1000000000 (Budget ${budgets.coldStartMs})`);
    expect(missedGrowth(results, { ...results, searchMs: results.searchMs * 4 })).toHaveLength(1);
  }, 240_000);
});
