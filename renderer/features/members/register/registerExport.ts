import { registerCsv } from '../../../../shared/register/registerCsv';
import { registerSheet } from '../../../../shared/register/registerSheet';
import { XLSX_MIME, xlsxWorkbook } from '../../../../shared/export/xlsxWorkbook';
import { registerAsOf, type RegisterData } from '../../../../shared/register/registerView';
import type { Messages } from '../../../app/i18n/catalog';
import { platform } from '../../../platform/platform';

/**
 * The two exports of the register. Both contain the full register (all categories of the
 * extended convent) as of the chosen date; filters and search only narrow the screen.
 */
export function exportRegisterCsv(data: RegisterData, date: string, t: Messages['members']): Promise<{ savedAs: string } | null> {
  const text = registerCsv(registerAsOf(data, date), t.csv);
  return platform().saveFile({
    suggestedName: `${t.print.fileName(date)}.csv`,
    content: new Blob([text], { type: 'text/csv;charset=utf-8' }),
    filter: { name: t.csv.filterName, extensions: ['csv'], mime: 'text/csv' },
  });
}

/** The same register as an Excel workbook: dates as date cells, phone numbers as text. */
export async function exportRegisterXlsx(data: RegisterData, date: string, t: Messages['members']): Promise<{ savedAs: string } | null> {
  const bytes = await xlsxWorkbook([registerSheet(registerAsOf(data, date), t.csv, t.csv.sheetName)], `Konvent ${__APP_VERSION__}`);
  return platform().saveFile({
    suggestedName: `${t.print.fileName(date)}.xlsx`,
    content: new Blob([bytes], { type: XLSX_MIME }),
    filter: { name: t.csv.xlsxFilterName, extensions: ['xlsx'], mime: XLSX_MIME },
  });
}

export function exportRegisterPdf(date: string, t: Messages['members']): Promise<{ savedAs: string } | null> {
  return platform().printDocument({
    route: `/print/register/${date}`,
    suggestedName: `${t.print.fileName(date)}.pdf`,
  });
}
