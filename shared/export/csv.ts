/**
 * CSV that German Excel opens correctly by double-click: UTF-8 with a byte order mark (else
 * umlauts break), ';' as separator (Excel's list separator in the German locale), CRLF lines.
 */
export const UTF8_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/**
 * One cell. Quoted when it holds a separator, quote or line break. A cell starting with = + - @
 * (or a tab/CR) gets a leading apostrophe, so a spreadsheet never runs it as a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvDocument(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
