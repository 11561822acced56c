import type { AttendanceCounts } from '../../../../shared/sittings/attendanceStatistics';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';

export interface StatisticsRow {
  key: string;
  name: string;
  detail?: string | undefined;
  counts: AttendanceCounts;
}

export function formatRate(rate: number | null, language: 'de' | 'en'): string {
  if (rate === null) return '–';
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function StatisticsTable({ caption, firstColumn, rows }: { caption: string; firstColumn: string; rows: readonly StatisticsRow[] }) {
  const t = useMessages().sittings;
  const language = useLanguage();
  return (
    <table className="data stats-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          <th scope="col" className="num">{t.stats.sittings}</th>
          <th scope="col" className="num">{t.attendance.statuses.present}</th>
          <th scope="col" className="num">{t.attendance.statuses.represented}</th>
          <th scope="col" className="num">{t.attendance.statuses.excused}</th>
          <th scope="col" className="num">{t.attendance.statuses.absent}</th>
          <th scope="col" className="num">{t.stats.unrecorded}</th>
          <th scope="col" className="num">{t.stats.representationRate}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.name}
              {row.detail && <span className="muted block small">{row.detail}</span>}
            </th>
            <td className="num">{row.counts.sittings}</td>
            <td className="num">{row.counts.present}</td>
            <td className="num">{row.counts.represented}</td>
            <td className="num">{row.counts.excused}</td>
            <td className="num">{row.counts.absent}</td>
            <td className="num">{row.counts.unrecorded}</td>
            <td className="num">{formatRate(row.counts.representationRate, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
