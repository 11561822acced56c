/**
 * CSV that German Excel opens correctly by double-click: UTF-8 with a byte order mark (else
 * umlauts break), ';' as separator (Excel's list separator in the German locale), CRLF lines.
 */
export const UTF8_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/**
 * One cell. Quoted when it holds a separator, quote or line break. Text starting with = + - @
 * (or a tab/CR) gets a leading apostrophe, so a spreadsheet never runs it as a formula (CSV
 * injection); a number is data and stays as it is (-3 is minus three).
 */
export function csvCell(value: string | number): string {
  const safe = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** 0.5 → "50,0" (percent with a decimal comma, as German Excel reads it); null → "". */
export function percentForCsv(rate: number | null): string {
  return rate === null ? '' : (rate * 100).toFixed(1).replace('.', ',');
}
