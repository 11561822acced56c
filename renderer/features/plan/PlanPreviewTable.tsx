import type { Sitting } from '../../../shared/domain/sitting';
import type { YearPlanRow } from '../../../shared/plan/buildYearPlan';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { monthName, numericDate, weekdayName } from './planFormat';
import { monthSlotNote } from './monthSlotNote';
import { sittingTitleText } from '../../app/format/sittingTitle';

/** The twelve months of a plan before it is saved: date, weekday, host, venue and why a date moved. */
export function PlanPreviewTable({
  rows,
  hostName,
  venueOf,
  existing,
  today,
}: {
  rows: readonly YearPlanRow[];
  hostName: (id: string | undefined) => string;
  venueOf: (id: string) => string;
  existing: readonly Sitting[];
  /** Dates before it are not created (the form asks before saving). */
  today: string;
}) {
  const messages = useMessages();
  const t = messages.plan;
  const language = useLanguage();
  return (
    <table className="data plan-preview" aria-label={t.form.preview}>
      <thead>
        <tr>
          <th scope="col">{t.columns.month}</th>
          <th scope="col">{t.columns.date}</th>
          <th scope="col">{t.columns.weekday}</th>
          <th scope="col">{t.columns.host}</th>
          <th scope="col">{t.columns.venue}</th>
          <th scope="col">{t.columns.notes}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const dated = row.kind === 'regular' || row.kind === 'moved';
          const clash = dated ? existing.find((s) => s.date === row.date && s.status !== 'cancelled') : undefined;
          return (
            <tr key={row.month} className={dated ? undefined : 'row-muted'}>
              <th scope="row">{monthName(row.month, language)}</th>
              <td>{dated ? numericDate(row.date, language) : <span className="muted">{t.form.noSitting}</span>}</td>
              <td>{dated ? weekdayName(row.date, language) : ''}</td>
              <td>{dated ? hostName(row.hostTerritoryId) : ''}</td>
              <td>{dated && row.hostTerritoryId ? venueOf(row.hostTerritoryId) : ''}</td>
              <td>
                {row.kind !== 'regular' && <span className={row.kind === 'moved' ? 'badge warn' : 'muted'}>{monthSlotNote(row, messages, language)}</span>}
                {dated && row.date < today && <span className="badge danger block">{t.form.pastDates.rowBadge}</span>}
                {clash && <span className="badge danger block">{t.form.sameDayAsExisting(sittingTitleText(clash, messages))}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
