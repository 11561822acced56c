import { expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBench } from './runBench';
import { TEN_YEARS } from './dataset/generateTenYears';
import { budgets, missedBudgets, type BenchFigures } from './budgets';

/** About 50,000 ops in all: the initial entry of ten years (~27,000) plus these edits on three PCs. */
const EDITS = 23_000;
const RUNS = 5;

it('ten years of data: every figure within its budget', async () => {
  const results = await runBench({
    size: TEN_YEARS,
    edits: EDITS,
    runs: RUNS,
    baseUrl: inject('baseUrl'),
    distDir: path.resolve('dist/renderer'),
    workDir: path.resolve('bench/.work'),
  });
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`);
  const lines = (Object.keys(results) as (keyof typeof results)[])
    .filter((k) => typeof results[k] === 'number')
    .map((k) => {
      const limit = budgets[k as keyof BenchFigures];
      return `| ${String(k).padEnd(15)} | ${String(results[k]).padStart(10)} | ${limit === undefined ? '' : `≤ ${limit}`.padStart(8)} |`;
    });
  process.stdout.write(`\n| figure          |     median |   budget |\n|-----------------|------------|----------|\n${lines.join('\n')}\n\nbench/results.json written (${RUNS} runs each, ${results.opCount} ops in the folder).\n`);
  expect(missedBudgets(results), 'Budget verfehlt').toEqual([]);
});
