import { parseMarkdown } from '../../../shared/minutes/markdown';

const MB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/**
 * 1 MB each of the texts that made the old parser quadratic or crash (issue 13), and relatives that
 * aim at each rule of the parser (escapes, intra-word underscores, runs, nesting depth, the end of
 * a span): each must parse within the budget.
 */
export const hostileMarkdownInputs: Record<string, string> = {
  'star-a-space': fill('*a '),
  'stars': fill('*'),
  'underscores': fill('_'),
  'brackets': fill('['),
  'backticks': fill('`'),
  'hashes-heading': `# ${fill('#')}a`,
  'no-spaces-100k-lines': fill(`${'x'.repeat(100_000)}\n`),
  'no-spaces-1-line': fill('x'),
  'double-stars-space': fill('** '),
  'under-a-space': fill('_a '),
  'intra-word-under': fill('a_'),
  'backslashes': fill('\\'),
  'spaces-then-x': `${' '.repeat(MB - 1)}x`,
  'nested-all-kinds': `**a __a *a _a ${fill('a')} a_ a* a__ a**`,
  'indent-staircase': staircase(),
};

/** List lines each indented one more space: nested lists as deep as 1 MB allows (about 1,400). */
function staircase(): string {
  const lines: string[] = [];
  let length = 0;
  for (let depth = 0; length < MB; depth += 1) {
    const line = `${' '.repeat(depth)}- a\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('').slice(0, MB);
}

/**
 * Relatives with a span, an escape, a list item or a line every few characters (250,000 to
 * 500,000 results per MB): their time is mostly building the result, so they are reported, not
 * budgeted. (Showing such a result takes the page far longer than parsing it.)
 */
export const denseMarkdownInputs: Record<string, string> = {
  'double-star-a': fill('**a '),
  'mixed': fill('*_a_ **b __c'),
  'escapes': fill('\\*a '),
  'star-lines': fill('*\n'),
  'bullet-lines': fill('- a\n'),
  'alternating-lists': fill('- a\n1. b\n'),
  'heading-lines': fill('# a\n'),
  'star-under': fill('*_'),
  'span-ends-on-pair': fill('*a**b'),
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
