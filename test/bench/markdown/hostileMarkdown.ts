import { parseMarkdown } from '../../../shared/minutes/markdown';

const MB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** 1 MB each of the texts that made the old parser quadratic (issue 13): each must parse within the budget. */
export const hostileMarkdownInputs: Record<string, string> = {
  'star-a-space': fill('*a '),
  'stars': fill('*'),
  'underscores': fill('_'),
  'brackets': fill('['),
  'backticks': fill('`'),
  'hashes-heading': `# ${fill('#')}a`,
  'no-spaces-100k-lines': fill(`${'x'.repeat(100_000)}\n`),
};

/**
 * Relatives with a span or an escape every few characters (up to 250,000 emphasis nodes per MB):
 * their time is mostly building the result, so they are reported, not budgeted.
 */
export const denseMarkdownInputs: Record<string, string> = {
  'double-star-a': fill('**a '),
  'mixed': fill('*_a_ **b __c'),
  'escapes': fill('\\*a '),
};

/** Milliseconds to parse each input, the median of `runs`. */
export function timeMarkdown(inputs: Record<string, string>, runs = 5): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [name, text] of Object.entries(inputs)) {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      parseMarkdown(text);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    result[name] = Math.round(times[Math.floor(times.length / 2)]!);
  }
  return result;
}
