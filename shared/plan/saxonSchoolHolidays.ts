import type { IsoDate } from '../dates/isoDates';

export interface DateRange {
  label: string;
  from: IsoDate;
  to: IsoDate;
}

/**
 * Sächsische Schulferien (first and last day off), as published by the Sächsisches
 * Staatsministerium für Kultus (schule.sachsen.de/ferien), cross-checked against two further
 * published lists. Only ranges on which the sources agree are listed: the autumn and Christmas
 * holidays 2027 are not yet here. The user sees and may edit every range before planning.
 */
export const saxonSchoolHolidays: readonly DateRange[] = [
  { label: 'Weihnachtsferien 2024/25', from: '2024-12-23', to: '2025-01-03' },
  { label: 'Winterferien 2025', from: '2025-02-17', to: '2025-03-01' },
  { label: 'Osterferien 2025', from: '2025-04-18', to: '2025-04-25' },
  { label: 'Sommerferien 2025', from: '2025-06-28', to: '2025-08-08' },
  { label: 'Herbstferien 2025', from: '2025-10-06', to: '2025-10-18' },
  { label: 'Weihnachtsferien 2025/26', from: '2025-12-22', to: '2026-01-02' },
  { label: 'Winterferien 2026', from: '2026-02-09', to: '2026-02-21' },
  { label: 'Osterferien 2026', from: '2026-04-03', to: '2026-04-10' },
  { label: 'Sommerferien 2026', from: '2026-07-04', to: '2026-08-14' },
  { label: 'Herbstferien 2026', from: '2026-10-12', to: '2026-10-24' },
  { label: 'Weihnachtsferien 2026/27', from: '2026-12-23', to: '2027-01-02' },
  { label: 'Winterferien 2027', from: '2027-02-08', to: '2027-02-19' },
  { label: 'Osterferien 2027', from: '2027-03-26', to: '2027-04-02' },
  { label: 'Sommerferien 2027', from: '2027-07-10', to: '2027-08-20' },
];

/** The school holidays that touch the given year (empty when the table does not cover it). */
export function saxonSchoolHolidaysFor(year: number): DateRange[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return saxonSchoolHolidays.filter((r) => r.from <= last && r.to >= first).map((r) => ({ ...r }));
}
