import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvDocument, percentForCsv, startsLikeFormula, UTF8_BOM } from '../../../../shared/export/csv';

/** A small RFC 4180 reader with ';' — what a spreadsheet does when it opens the file. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

describe('CSV for German Excel', () => {
  it('starts with the UTF-8 byte order mark, separates with ";" and ends lines with CRLF', () => {
    const text = csvDocument([
      ['Name', 'Organisation'],
      ['Marion Päßler', 'Vogtlandkreis'],
    ]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toBe(`${UTF8_BOM}Name;Organisation\r\nMarion Päßler;Vogtlandkreis\r\n`);
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('Präsident; IHK')).toBe('"Präsident; IHK"');
    expect(csvCell('Verein "1828"')).toBe('"Verein ""1828"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUMME(A1)')).toBe("'@SUMME(A1)");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('+A1')).toBe("'+A1");
    expect(csvCell('-2+3+cmd|\' /C calc\'!A0')).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvCell('+49 (0)371 1234-5 =1')).toBe("'+49 (0)371 1234-5 =1");
  });

  it('keeps phone numbers and signed numbers as they are (no apostrophe)', () => {
    for (const phone of ['+49 371 1234567', '+49 (0)371 123-456', '+49 371/12 34 56', '-3', '-1.250,5', '+4937112345']) {
      expect(csvCell(phone), phone).toBe(phone);
    }
    expect(csvDocument([['Telefon'], ['+49 371 1234567']])).toBe(`${UTF8_BOM}Telefon\r\n+49 371 1234567\r\n`);
  });

  it('writes numbers as they are, negative ones too', () => {
    expect(csvDocument([['Name', 'Wert'], ['Müller; Söhne', 3], ['=SUMME(A1)', -2]])).toBe(`${UTF8_BOM}Name;Wert\r\n"Müller; Söhne";3\r\n'=SUMME(A1);-2\r\n`);
    expect(percentForCsv(0.5)).toBe('50,0');
    expect(percentForCsv(null)).toBe('');
  });

  it('reads back every table it writes (apart from defused formula starts)', () => {
    const safeText = fc.string({ unit: 'grapheme' }).filter((s) => !startsLikeFormula(s));
    fc.assert(
      fc.property(fc.array(fc.array(safeText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (table) => {
        expect(readCsv(csvDocument(table).slice(1))).toEqual(table);
      }),
    );
  });
});
