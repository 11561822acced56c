/**
 * CSV as German spreadsheet programs open it without an import dialog: UTF-8 with byte order mark,
 * semicolon as separator, CRLF line ends, fields quoted when they contain a separator, quote or line break.
 * Text that a spreadsheet would run as a formula (=, +, -, @ at the start) is prefixed with an apostrophe.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const field = (value: string | number) => {
    const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}

/** 0.5 → "50,0" (percent with a decimal comma); null → "". */
export function percentForCsv(rate: number | null): string {
  return rate === null ? '' : (rate * 100).toFixed(1).replace('.', ',');
}
