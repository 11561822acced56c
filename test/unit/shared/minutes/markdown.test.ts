import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToPlainText, parseInline, parseMarkdown } from '../../../../shared/minutes/markdown';

describe('minutes Markdown', () => {
  it('parses headings, paragraphs with line breaks, bold and italic', () => {
    expect(parseMarkdown('## Bericht\nHerr **Lißke** berichtet *kurz*.\nZweite Zeile.\n\nNeuer Absatz')).toEqual([
      { type: 'heading', level: 2, content: [{ type: 'text', text: 'Bericht' }] },
      {
        type: 'paragraph',
        lines: [
          [
            { type: 'text', text: 'Herr ' },
            { type: 'strong', children: [{ type: 'text', text: 'Lißke' }] },
            { type: 'text', text: ' berichtet ' },
            { type: 'em', children: [{ type: 'text', text: 'kurz' }] },
            { type: 'text', text: '.' },
          ],
          [{ type: 'text', text: 'Zweite Zeile.' }],
        ],
      },
      { type: 'paragraph', lines: [[{ type: 'text', text: 'Neuer Absatz' }]] },
    ]);
  });

  it('parses bullet and numbered lists, nested by indentation', () => {
    const blocks = parseMarkdown('- Verkehr\n  - Schiene\n  - Straße\n- Bildung\n\n3. Dritter Punkt\n4. Vierter Punkt');
    expect(blocks).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          {
            content: [{ type: 'text', text: 'Verkehr' }],
            children: [
              {
                type: 'list',
                ordered: false,
                start: 1,
                items: [
                  { content: [{ type: 'text', text: 'Schiene' }], children: [] },
                  { content: [{ type: 'text', text: 'Straße' }], children: [] },
                ],
              },
            ],
          },
          { content: [{ type: 'text', text: 'Bildung' }], children: [] },
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          { content: [{ type: 'text', text: 'Dritter Punkt' }], children: [] },
          { content: [{ type: 'text', text: 'Vierter Punkt' }], children: [] },
        ],
      },
    ]);
  });

  it('keeps HTML as text: there is no way to markup', () => {
    const blocks = parseMarkdown('<script>alert(1)</script> <b>fett</b>');
    expect(blocks).toEqual([{ type: 'paragraph', lines: [[{ type: 'text', text: '<script>alert(1)</script> <b>fett</b>' }]] }]);
  });

  it('leaves unclosed markers, intra-word underscores and escaped stars as text', () => {
    expect(parseInline('3 * 4 = 12')).toEqual([{ type: 'text', text: '3 * 4 = 12' }]);
    expect(parseInline('datei_name_neu')).toEqual([{ type: 'text', text: 'datei_name_neu' }]);
    expect(parseInline('\\*kein Kursiv\\*')).toEqual([{ type: 'text', text: '*kein Kursiv*' }]);
    expect(parseInline('**offen')).toEqual([{ type: 'text', text: '**offen' }]);
  });

  it('never throws and never loses a word, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const plain = markdownToPlainText(text);
        for (const word of text.split(/[\s*_#\\.\-•+)]+/).filter((w) => /^[\p{L}]+$/u.test(w))) {
          expect(plain).toContain(word);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the plain text of a source for search', () => {
    expect(markdownToPlainText('# Titel\n- **eins**\n- zwei')).toBe('Titel eins zwei');
  });
});
