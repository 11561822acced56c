import type { AttendanceCounts } from './attendanceStatistics';
import { numberCell, percentCell, text, type Sheet } from '../export/spreadsheet';
import type { StatisticsCsvHeaders } from './statisticsCsv';

/** One statistics table as a worksheet: counts as numbers, the representation rate as a percentage. */
export function statisticsSheet(name: string, headers: StatisticsCsvHeaders, rows: readonly { name: string; counts: AttendanceCounts }[]): Sheet {
  return {
    name,
    header: [headers.name, headers.sittings, headers.present, headers.represented, headers.excused, headers.absent, headers.unrecorded, headers.representationRate],
    rows: rows.map(({ name: rowName, counts }) => [
      text(rowName),
      numberCell(counts.sittings),
      numberCell(counts.present),
      numberCell(counts.represented),
      numberCell(counts.excused),
      numberCell(counts.absent),
      numberCell(counts.unrecorded),
      percentCell(counts.representationRate),
    ]),
  };
}
