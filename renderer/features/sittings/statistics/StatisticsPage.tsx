import { useState } from 'react';
import { attendanceStatistics } from '../../../../shared/sittings/attendanceStatistics';
import { personDisplayName } from '../../../../shared/domain/person';
import { statisticsCsv } from '../../../../shared/sittings/statisticsCsv';
import { statisticsSheet } from '../../../../shared/sittings/statisticsSheet';
import { XLSX_MIME, xlsxWorkbook } from '../../../../shared/export/xlsxWorkbook';
import { todayIso } from '../../../app/format/dates';
import { useErrorText, useMessages } from '../../../app/i18n/useMessages';
import { href } from '../../../app/router';
import { platform } from '../../../platform/platform';
import { AttendanceChart } from './AttendanceChart';
import { StatisticsTable, type StatisticsRow } from './StatisticsTable';
import { useStatisticsData } from './useStatistics';
import { DateInputField } from '../../../app/components/dateFields/DateInputField';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** #/sittings/stats: attendance per member and per territory over a period, as table, chart and CSV. */
export function StatisticsPage() {
  const messages = useMessages();
  const errorText = useErrorText();
  const t = messages.sittings;
  const data = useStatisticsData();
  const today = todayIso();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState(today);
  const [status, setStatus] = useState('');

  if (!data) return <p className="muted">{messages.common.loading}</p>;
  // Default: from the first sitting (at the latest the first of this year) until today.
  const earliest = data.sittings.reduce((min, s) => (s.date < min ? s.date : min), `${today.slice(0, 4)}-01-01`);
  const periodFrom = from ?? earliest;
  const valid = isoDate.test(periodFrom) && isoDate.test(to) && periodFrom <= to;
  const stats = valid ? attendanceStatistics({ ...data, from: periodFrom, to }) : undefined;

  const persons = new Map(data.persons.map((p) => [p.id, p]));
  const territories = new Map(data.territories.map((x) => [x.id, x]));
  const memberRows: StatisticsRow[] = (stats?.members ?? []).map((m) => {
    const person = persons.get(m.personId);
    return {
      key: m.personId,
      name: person ? personDisplayName(person) : m.personId,
      detail: m.territoryIds.map((id) => territories.get(id)?.name).filter(Boolean).join(', ') || undefined,
      counts: m,
    };
  });
  const territoryRows: StatisticsRow[] = (stats?.territories ?? []).map((x) => ({
    key: x.territoryId ?? 'none',
    name: x.territoryId ? (territories.get(x.territoryId)?.name ?? x.territoryId) : t.stats.noTerritory,
    counts: x,
  }));

  const headersFor = (firstColumn: string) => ({
    name: firstColumn,
    sittings: t.stats.sittings,
    present: t.attendance.statuses.present,
    represented: t.attendance.statuses.represented,
    excused: t.attendance.statuses.excused,
    absent: t.attendance.statuses.absent,
    unrecorded: t.stats.unrecorded,
    representationRate: t.stats.representationRateCsv,
  });
  const exportCsv = async (rows: StatisticsRow[], firstColumn: string, fileName: string, format: 'csv' | 'xlsx' = 'csv') => {
    const counted = rows.map((r) => ({ name: r.name, counts: r.counts }));
    try {
      const result =
        format === 'csv'
          ? await platform().saveFile({
              suggestedName: fileName,
              content: new Blob([statisticsCsv(headersFor(firstColumn), counted)], { type: 'text/csv;charset=utf-8' }),
              filter: { name: t.stats.csvFilter, extensions: ['csv'], mime: 'text/csv' },
            })
          : await platform().saveFile({
              suggestedName: fileName.replace(/\.csv$/, '.xlsx'),
              content: new Blob([await xlsxWorkbook([statisticsSheet(firstColumn, headersFor(firstColumn), counted)], `Konvent ${__APP_VERSION__}`)], { type: XLSX_MIME }),
              filter: { name: t.stats.xlsxFilter, extensions: ['xlsx'], mime: XLSX_MIME },
            });
      setStatus(result ? t.stats.exported(result.savedAs) : t.notice.printCancelled);
    } catch (error) {
      setStatus(t.notice.printFailed(errorText(error)));
    }
  };

  const section = (title: string, firstColumn: string, rows: StatisticsRow[], fileName: string) => (
    <section className="panel" aria-label={title}>
      <div className="panel-head">
        <h2>{title}</h2>
        <button type="button" className="button small" disabled={rows.length === 0} onClick={() => void exportCsv(rows, firstColumn, fileName)}>
          {t.stats.exportCsv}
          <span className="visually-hidden"> ({title})</span>
        </button>
        <button type="button" className="button small" disabled={rows.length === 0} onClick={() => void exportCsv(rows, firstColumn, fileName, 'xlsx')}>
          {t.stats.exportXlsx}
          <span className="visually-hidden"> ({title})</span>
        </button>
      </div>
      {rows.length > 0 && (
        <>
          <StatisticsTable caption={title} firstColumn={firstColumn} rows={rows} />
          <AttendanceChart title={t.stats.chartTitle(title)} rows={rows} />
        </>
      )}
    </section>
  );

  return (
    <section className="statistics-page">
      <p className="back-link">
        <a href={href('/sittings')}>← {t.page.back}</a>
      </p>
      <h1>{t.stats.title}</h1>
      <fieldset className="panel period">
        <legend>{t.stats.period}</legend>
        <div className="toolbar">
          <div className="field">
            <label id="stats-from-label" htmlFor="stats-from">{t.stats.from}</label>
            <DateInputField id="stats-from" value={periodFrom} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label id="stats-to-label" htmlFor="stats-to">{t.stats.to}</label>
            <DateInputField id="stats-to" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        {!valid && (
          <p role="alert" className="error-text">
            {t.stats.periodInvalid}
          </p>
        )}
        {stats && (
          <p className="muted" data-testid="stats-sittings">
            {t.stats.sittingsCounted(stats.sittings.length)}
          </p>
        )}
        <p className="muted small">{t.stats.rateNote}</p>
      </fieldset>
      {stats && stats.sittings.length > 0 && (
        <>
          {section(t.stats.perMember, t.stats.member, memberRows, t.stats.fileMembers(periodFrom, to))}
          {section(t.stats.perTerritory, t.stats.territory, territoryRows, t.stats.fileTerritories(periodFrom, to))}
        </>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
