import type { Sheet, SheetCell } from './spreadsheet';
import { sheetName } from './spreadsheet';

/**
 * Sheets as an .xlsx workbook (ExcelJS, loaded only when a spreadsheet is exported). Dates are
 * written as date cells (midnight UTC, the way Excel stores a day) with the format TT.MM.JJJJ,
 * numbers as numbers, percentages as numbers with a percent format, everything else as text:
 * text is never read as a formula, so no guard character is needed (unlike CSV).
 */
export async function xlsxWorkbook(sheets: readonly Sheet[], creator: string): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = worksheet.addRow(sheet.header);
    header.font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow(row.map(cellValue));
      row.forEach((cell, index) => {
        const target = added.getCell(index + 1);
        if (cell.kind === 'date') target.numFmt = 'dd.mm.yyyy';
        if (cell.kind === 'percent') target.numFmt = '0.0%';
        if (cell.kind === 'text') target.numFmt = '@';
      });
    }
    worksheet.columns.forEach((column, index) => {
      const longest = Math.max(sheet.header[index]?.length ?? 0, ...sheet.rows.map((row) => displayLength(row[index])));
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.header.length) } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer) as Uint8Array<ArrayBuffer>;
}

function cellValue(cell: SheetCell): string | number | Date | null {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
    case 'percent':
      return cell.value;
    case 'date': {
      const [year, month, day] = cell.value.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(year, month - 1, day));
    }
    case 'empty':
      return null;
  }
}

const displayLength = (cell: SheetCell | undefined) =>
  !cell || cell.kind === 'empty' ? 0 : cell.kind === 'date' ? 10 : cell.kind === 'text' ? cell.value.length : String(cell.value).length;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
