import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import roster from '../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../shared/demo/rosterToRows';
import { registerAsOf } from '../../../../shared/register/registerView';
import { registerSheet } from '../../../../shared/register/registerSheet';
import { statisticsSheet } from '../../../../shared/sittings/statisticsSheet';
import { xlsxWorkbook } from '../../../../shared/export/xlsxWorkbook';
import { catalogs } from '../../../fixtures/catalogs';
import { NOW } from '../support/memberRows';

const rows = rosterToRows(rosterSchema.parse(roster), NOW);

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('.xlsx export, read back with ExcelJS', () => {
  it('register: dates are date cells, phone numbers stay text (leading +, no apostrophe), formulas never run', async () => {
    const persons = rows.persons.map((p, i) => (i === 0 ? { ...p, phone: '+49 371 123-45', email: '=HYPERLINK("x")' } : p));
    const michaelis = persons[0]!;
    const data = { ...rows, persons };
    const labels = catalogs.de.members.csv;
    const bytes = await xlsxWorkbook([registerSheet(registerAsOf(data, '2025-09-01'), labels, labels.sheetName)], 'Konvent test');
    const sheet = (await readBack(bytes)).getWorksheet('Mitgliederregister')!;
    expect(sheet.rowCount).toBe(19);
    expect(sheet.getRow(1).getCell(9).value).toBe('Mitglied seit');
    const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(6).value === michaelis.lastName)!;
    const since = row.getCell(9);
    expect(since.type).toBe(ExcelJS.ValueType.Date);
    expect((since.value as Date).toISOString()).toBe('2025-04-28T00:00:00.000Z');
    expect(since.numFmt).toBe('dd.mm.yyyy');
    const phone = row.getCell(14);
    expect(phone.type).toBe(ExcelJS.ValueType.String);
    expect(phone.value).toBe('+49 371 123-45');
    const email = row.getCell(13);
    expect(email.type).toBe(ExcelJS.ValueType.String);
    expect(email.value).toBe('=HYPERLINK("x")');
    expect(row.getCell(10).value).toBeNull();
  });

  it('statistics: counts are numbers, the representation rate a percentage', async () => {
    const headers = { name: 'Mitglied', sittings: 'Sitzungen', present: 'anwesend', represented: 'vertreten', excused: 'entschuldigt', absent: 'abwesend', unrecorded: 'nicht erfasst', representationRate: 'Vertretungsquote (%)' };
    const counts = { sittings: 3, present: 1, represented: 2, excused: 0, absent: 0, unrecorded: 0, representationRate: 2 / 3 };
    const bytes = await xlsxWorkbook([statisticsSheet('Mitglieder', headers, [{ name: 'Sven Krüger', counts }])], 'Konvent test');
    const sheet = (await readBack(bytes)).getWorksheet('Mitglieder')!;
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Sven Krüger');
    expect(row.getCell(2).value).toBe(3);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(8).value).toBeCloseTo(0.6667, 3);
    expect(row.getCell(8).numFmt).toBe('0.0%');
  });
});
