import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Reading a printed PDF back, page by page (printRoutePdf.ts makes the PDF). */

/**
 * The PDF's text. 'raw' keeps content-stream order, so a rotated mark ("ENTWURF") reads as one
 * word; 'layout' keeps the page's columns.
 */
export function pdfText(file: string, page?: number, mode: 'raw' | 'layout' = 'raw'): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [`-${mode}`, ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter(Boolean).map((line) => [line.split(':')[0]!.trim(), line.slice(line.indexOf(':') + 1).trim()]));
}

export function pdfPageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/**
 * The titles of the PDF's outline (bookmarks) entries. Chromium writes them as plain objects
 * (literal or UTF-16 hex strings), which is all this reader handles.
 */
export function pdfOutlineTitles(file: string): string[] {
  const data = readFileSync(file).toString('latin1');
  if (!data.includes('/Outlines')) return [];
  return [...data.matchAll(/\/Title\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]+>)/g)].map(([, raw]) => {
    if (raw!.startsWith('<')) {
      const bytes = Buffer.from(raw!.slice(1, -1), 'hex');
      return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
    }
    return raw!.slice(1, -1).replace(/\\([()\\])/g, '$1');
  });
}
