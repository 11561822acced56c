import type { AttendanceCounts } from './attendanceStatistics';
import { csvDocument, percentForCsv } from '../export/csv';

export interface StatisticsCsvHeaders {
  name: string;
  sittings: string;
  present: string;
  represented: string;
  excused: string;
  absent: string;
  unrecorded: string;
  representationRate: string;
}

/** One statistics table (members or territories) as CSV; the caller names the rows and the columns. */
export function statisticsCsv(headers: StatisticsCsvHeaders, rows: readonly { name: string; counts: AttendanceCounts }[]): string {
  return csvDocument([
    [
      headers.name,
      headers.sittings,
      headers.present,
      headers.represented,
      headers.excused,
      headers.absent,
      headers.unrecorded,
      headers.representationRate,
    ],
    ...rows.map(({ name, counts }) => [
      name,
      counts.sittings,
      counts.present,
      counts.represented,
      counts.excused,
      counts.absent,
      counts.unrecorded,
      percentForCsv(counts.representationRate),
    ]),
  ]);
}
