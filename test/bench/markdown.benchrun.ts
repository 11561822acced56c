import { expect, it } from 'vitest';
import { denseMarkdownInputs, hostileMarkdownInputs, timeMarkdown } from './markdown/hostileMarkdown';

/** Issue 13: 1 MB of adversarial Markdown parses in under 200 ms in Node (median of 5). */
const BUDGET_MS = 200;

it('minutes Markdown: 1 MB of hostile input parses within 200 ms, each pattern', () => {
  const figures = timeMarkdown(hostileMarkdownInputs, 5);
  const dense = timeMarkdown(denseMarkdownInputs, 5);
  const lines = [
    ...Object.entries(figures).map(([name, ms]) => `| ${name.padEnd(22)} | ${String(ms).padStart(6)} ms | ≤ ${BUDGET_MS} ms |`),
    ...Object.entries(dense).map(([name, ms]) => `| ${name.padEnd(22)} | ${String(ms).padStart(6)} ms | (reported) |`),
  ];
  process.stdout.write(`\n| 1 MB of                | median    | budget   |\n|------------------------|-----------|----------|\n${lines.join('\n')}\n`);
  const missed = Object.entries(figures).filter(([, ms]) => ms > BUDGET_MS);
  expect(missed, 'Budget verfehlt').toEqual([]);
});
