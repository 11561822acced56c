import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown } from '../../../../shared/minutes/markdown';
import { parseMarkdown as referenceParse } from './markdownReference';
import { germanMinutesText } from '../../../bench/dataset/germanText';
import { seededRandom } from '../../../bench/dataset/seededRandom';

/** Pieces minutes texts are made of, markers and escapes included, so every rule is met often. */
const piece = fc.constantFrom(
  'Herr', 'Lißke', 'berichtet', 'über', 'den', 'Haushalt', 'snake_case', 'Datei_name', '3.', '12)',
  ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\n\n',
  '*', '**', '_', '__', '***', '****', '_____', '\\', '\\*', '\\_', '#', '## ', '# ', '- ', '* ', '• ', '+ ', '1. ', '  - ', '    1) ',
  '.', ',', '-', 'ä', '€', '\u00a0', '\u2028',
);
const normalText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('the linear Markdown parser gives the same structure as before', () => {
  it('for any text made of words, markers, escapes, headings and list lines', () => {
    fc.assert(
      fc.property(normalText, (text) => {
        expect(parseMarkdown(text)).toEqual(referenceParse(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('for generated German minutes texts', () => {
    const random = seededRandom(11);
    for (let run = 0; run < 30; run += 1) {
      const text = germanMinutesText(random, 3000);
      expect(parseMarkdown(text)).toEqual(referenceParse(text));
    }
  });

  it('for the examples of the editor help', () => {
    for (const text of [
      '## Bericht\nHerr **Lißke** berichtet *kurz*.\nZweite Zeile.\n\nNeuer Absatz',
      '- Verkehr\n  - Schiene\n  - Straße\n- Bildung\n\n3. Dritter Punkt\n4. Vierter Punkt',
      '**fett _und kursiv_ zugleich** und \\*kein Stern\\*',
      '# Titel ###   \n### Dritte Ebene #',
      '**a*b** *x**y* __a_b__ _a__b_',
    ]) {
      expect(parseMarkdown(text)).toEqual(referenceParse(text));
    }
  });

  it('for long spans ending in every combination of markers, escapes and spaces (where a span ends inside a line)', () => {
    // Spans longer than a short scan are answered from the line's tables; the last character of a
    // span is where a table over the whole line and a scan of the span alone can differ.
    const alphabet = ['*', '_', '\\', 'a', ' '];
    let tails = [''];
    for (let length = 1; length <= 4; length += 1) tails = [...tails, ...tails.filter((tail) => tail.length === length - 1).flatMap((tail) => alphabet.map((char) => tail + char))];
    for (const head of ['*', '**', '*a', '_', '__', '**_', '*_*', '_*', '**a*']) {
      for (const tail of tails) {
        const text = `${head}${'a'.repeat(40)}${tail}`;
        expect(parseMarkdown(text), JSON.stringify(text)).toEqual(referenceParse(text));
      }
    }
  });

  it('does not overflow the stack on 1 MB of lists that alternate between bullets and numbers', () => {
    const text = '- a\n1. b\n'.repeat(120_000);
    const blocks = parseMarkdown(text);
    expect(blocks).toHaveLength(240_000);
    expect(blocks[1]).toEqual({ type: 'list', ordered: true, start: 1, items: [{ content: [{ type: 'text', text: 'b' }], children: [] }] });
  });

  it('parses 1 MB of hostile text to plain text without losing a character', () => {
    const hostile = ['*a '.repeat(350_000), '*'.repeat(1_000_000), '_'.repeat(1_000_000), '['.repeat(1_000_000), '`'.repeat(1_000_000), 'x'.repeat(100_000)];
    for (const text of hostile) {
      const blocks = parseMarkdown(text);
      const flat = JSON.stringify(blocks);
      expect(flat.length).toBeGreaterThan(text.length / 2);
    }
    const stars = parseMarkdown('*a '.repeat(1000).trim());
    expect(stars).toEqual([{ type: 'paragraph', lines: [[{ type: 'text', text: '*a '.repeat(1000).trim() }]] }]);
  });
});
