/**
 * A table for a spreadsheet file, with a type per cell: dates become date cells (Excel sorts and
 * filters them as dates), numbers number cells, and text stays text (a phone number "+49 371 …" is
 * never a number or a formula). Written as .xlsx by xlsxWorkbook.ts.
 */
export type SheetCell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  /** An ISO date (YYYY-MM-DD), shown as TT.MM.JJJJ. */
  | { kind: 'date'; value: string }
  /** A share between 0 and 1, shown as "66,7 %". */
  | { kind: 'percent'; value: number }
  | { kind: 'empty' };

export interface Sheet {
  /** The worksheet's name (at most 31 characters, no []:*?/\). */
  name: string;
  header: string[];
  rows: SheetCell[][];
}

export const text = (value: string): SheetCell => (value ? { kind: 'text', value } : { kind: 'empty' });
export const numberCell = (value: number): SheetCell => ({ kind: 'number', value });
export const dateCell = (iso: string | undefined): SheetCell => (iso ? { kind: 'date', value: iso } : { kind: 'empty' });
export const percentCell = (rate: number | null): SheetCell => (rate === null ? { kind: 'empty' } : { kind: 'percent', value: rate });

/** A name Excel accepts for a worksheet. */
export const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Tabelle';
