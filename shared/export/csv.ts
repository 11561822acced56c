/**
 * CSV that German Excel opens correctly by double-click: UTF-8 with a byte order mark (else
 * umlauts break), ';' as separator (Excel's list separator in the German locale), CRLF lines.
 */
export const UTF8_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/**
 * Text that starts like a formula but can only be a number or a phone number: a sign, then digits
 * with spaces and the punctuation of numbers and phone numbers ("+49 371 123456", "+49 (0)371
 * 123-45", "-3", "-1.250,5"). No cell reference, function or DDE call can be written with these
 * characters, so it stays as it is.
 */
const NUMBER_OR_PHONE = /^[+-]\s?\d[\d \u00a0./()]*(?:-\d[\d \u00a0./()]*)*(?:,\d+)?$/;

/** Text a spreadsheet could run as a formula (CSV injection): = + - @ tab CR at the start. */
export function startsLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value) && !NUMBER_OR_PHONE.test(value);
}

/**
 * One cell. Quoted when it holds a separator, quote or line break. Text that could run as a
 * formula gets a leading apostrophe (CSV injection guard); a number, and text that can only be a
 * number or a phone number ("+49 371 123456"), is data and stays as it is.
 */
export function csvCell(value: string | number): string {
  const safe = typeof value === 'number' ? String(value) : startsLikeFormula(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** 0.5 → "50,0" (percent with a decimal comma, as German Excel reads it); null → "". */
export function percentForCsv(rate: number | null): string {
  return rate === null ? '' : (rate * 100).toFixed(1).replace('.', ',');
}
