import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { PRINT_PAGE_MARGINS_MM } from '../../../shared/print/pdfPageSpec';
import { pdfPageCount, pdfText } from './pdfReader';

/** Checks of a printed PDF that every document shares: footer, fonts, images. */

const PT_PER_MM = 72 / 25.4;

/** Images drawn per page (pdfimages -list): the draft mark is one. */
export function imagesPerPage(file: string): number[] {
  const counts = Array.from({ length: pdfPageCount(file) }, () => 0);
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  for (const line of lines) {
    const [pageText, , type] = line.trim().split(/\s+/);
    const page = Number(pageText);
    if (type === 'image' && page >= 1 && page <= counts.length) counts[page - 1]! += 1;
  }
  return counts;
}

/** On every page the footer is one line: the given phrase and "Seite i von n" on the same line. */
export function expectFooterOnOneLine(file: string, phrase: string, pages: number, pageWord = 'Seite', of = 'von') {
  for (let page = 1; page <= pages; page += 1) {
    const lines = pdfText(file, page, 'layout').split('\n');
    const footer = lines.find((line) => line.includes(`${pageWord} ${page} ${of} ${pages}`));
    expect(footer, `Fußzeile auf Seite ${page}`).toBeDefined();
    expect(footer, `Fußzeile auf Seite ${page}`).toContain(phrase);
  }
}

/** Every font is embedded and is the bundled Source Sans 3 (no DejaVu from the PC). */
export function expectOnlyBundledFonts(file: string) {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row, row).toMatch(/SourceSans3/);
    expect(row.trim().split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  }
}

interface Word {
  xMin: number;
  xMax: number;
  yMin: number;
  text: string;
}

function wordsOfFirstPage(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    text: m[4]!,
  }));
}

/** The footer starts at the text column's left edge and ends at its right edge (A4, print.css margins). */
export function expectFooterAlignedWithText(file: string) {
  const words = wordsOfFirstPage(file);
  const footerTop = 297 * PT_PER_MM - PRINT_PAGE_MARGINS_MM.bottom * PT_PER_MM;
  const footer = words.filter((w) => w.yMin > footerTop);
  const body = words.filter((w) => w.yMin < footerTop && w.yMin > PRINT_PAGE_MARGINS_MM.top * PT_PER_MM - 2);
  expect(footer.length).toBeGreaterThan(0);
  const left = PRINT_PAGE_MARGINS_MM.left * PT_PER_MM;
  const right = (210 - PRINT_PAGE_MARGINS_MM.right) * PT_PER_MM;
  expect(Math.abs(Math.min(...body.map((w) => w.xMin)) - left)).toBeLessThan(1.5);
  expect(Math.abs(Math.min(...footer.map((w) => w.xMin)) - left)).toBeLessThan(1.5);
  expect(Math.abs(Math.max(...footer.map((w) => w.xMax)) - right)).toBeLessThan(1.5);
}
