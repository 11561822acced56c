import { expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBench, type BenchResults } from './runBench';
import { yearsOfData } from './dataset/generateTenYears';
import { budgets, budgetsThirtyYears, missedBudgets, missedGrowth, type BenchFigures, type Budgets } from './budgets';
import { measureSyncThroughput } from './sync/syncThroughput';

/** About 50,000 ops in all at ten years: the initial entry (~27,000) plus these edits on three PCs; three times that at thirty. */
const EDITS_PER_YEAR = 2_300;
const RUNS = 5;
/** Issue 17: the sync engine in Node applies at least this many ops per second (3 PCs × 10,000 ops). */
const SYNC_OPS_PER_SEC = 50_000;

const table = (results: BenchResults, limits: Budgets) =>
  (Object.keys(results) as (keyof BenchResults)[])
    .filter((k) => typeof results[k] === 'number')
    .map((k) => {
      const limit = limits[k as keyof BenchFigures];
      return `| ${String(k).padEnd(26)} | ${String(results[k]).padStart(10)} | ${limit === undefined ? '' : `≤ ${limit}`.padStart(8)} |`;
    })
    .join('\n');

/**
 * `BENCH_YEARS=30 npm run bench` measures one size only and prints it (for work on one figure); the
 * results file, the budgets and the growth check need both sizes, so only a full run writes and checks them.
 */
const onlyYears = Number(process.env.BENCH_YEARS) || undefined;

it.runIf(onlyYears)(`only ${onlyYears ?? '–'} years (BENCH_YEARS): the figures, printed`, async () => {
  const results = await runBench({
    size: yearsOfData(onlyYears!),
    edits: EDITS_PER_YEAR * onlyYears!,
    runs: RUNS,
    baseUrl: inject('baseUrl'),
    distDir: path.resolve('dist/renderer'),
    workDir: path.resolve(`bench/.work/${onlyYears}`),
  });
  process.stdout.write(`\n${onlyYears} years\n${table(results, onlyYears === 10 ? budgets : budgetsThirtyYears)}\n${JSON.stringify({ screens: results.screens, firstVisits: results.firstVisits })}\n`);
});

it.skipIf(onlyYears)('ten and thirty years of data: every figure within its budget, and costs that grow linearly', async () => {
  const run = (years: number) =>
    runBench({
      size: yearsOfData(years),
      edits: EDITS_PER_YEAR * years,
      runs: RUNS,
      baseUrl: inject('baseUrl'),
      distDir: path.resolve('dist/renderer'),
      workDir: path.resolve(`bench/.work/${years}`),
    });
  const head = `| figure                     |     median |   budget |\n|----------------------------|------------|----------|`;
  const partial = (results: Record<string, unknown>) => {
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.partial.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`);
  };
  // Each size is written and printed as soon as it is measured (the thirty years take a while).
  const sync = await measureSyncThroughput(10_000);
  process.stdout.write(`\nSync in Node: ${sync.appliedOpsPerSec} applied ops/s (${sync.appliedOps} ops in ${Math.round(sync.applyMs)} ms; ${sync.appliedOpsPerCpuSec} per CPU second; fake-indexeddb bulkPut floor ${sync.bulkPutFloorOpsPerSec})\n`);
  const tenYears = await run(10);
  partial({ tenYears, syncNode: sync });
  process.stdout.write(`\nTen years\n${head}\n${table(tenYears, budgets)}\n${JSON.stringify({ screens: tenYears.screens, firstVisits: tenYears.firstVisits })}\n`);
  const thirtyYears = await run(30);
  const missed = [
    ...missedBudgets(tenYears, budgets).map((m) => `10 Jahre: ${m}`),
    ...missedBudgets(thirtyYears, budgetsThirtyYears).map((m) => `30 Jahre: ${m}`),
    ...missedGrowth(tenYears, thirtyYears),
    ...(sync.appliedOpsPerSec < SYNC_OPS_PER_SEC ? [`syncAppliedOpsPerSec = ${sync.appliedOpsPerSec} (Budget ≥ ${SYNC_OPS_PER_SEC})`] : []),
  ];
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ measuredAt: new Date().toISOString(), tenYears, thirtyYears, syncNode: sync, missed }, null, 2)}\n`,
  );
  process.stdout.write(
    `\nTen years\n${head}\n${table(tenYears, budgets)}\n\nThirty years\n${head}\n${table(thirtyYears, budgetsThirtyYears)}\n\n` +
      `Screens (ms, 10 / 30 years): ${Object.keys(tenYears.screens).map((k) => `${k} ${tenYears.screens[k]} / ${thirtyYears.screens[k]}`).join(', ')}\n` +
      `First visits (ms, 10 / 30 years): ${Object.keys(tenYears.firstVisits).map((k) => `${k} ${tenYears.firstVisits[k]} / ${thirtyYears.firstVisits[k]}`).join(', ')}\n` +
      `Sync in Node: ${sync.appliedOpsPerSec} applied ops/s (${sync.appliedOps} ops in ${Math.round(sync.applyMs)} ms; ${sync.appliedOpsPerCpuSec} per CPU second; fake-indexeddb bulkPut floor ${sync.bulkPutFloorOpsPerSec})\n` +
      `bench/results.json written (${RUNS} runs each).\n${missed.length ? `\nVerfehlt:\n${missed.join('\n')}\n` : ''}`,
  );
  expect(missed, 'Budget verfehlt').toEqual([]);
});
