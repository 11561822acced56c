import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../app/DatabaseContext';
import { formatDateNumeric, formatDateShort, formatInstant } from '../../../app/format/dates';
import { germanCatalog } from '../../../app/i18n/catalog';
import { planNotesText } from '../../../app/format/planNotes';
import { readSettings } from '../../../db/repositories/settingsRepository';
import { monthName, weekdayNameOf } from '../planFormat';
import { Letterhead } from '../../../print/Letterhead';
import { PrintMetadata } from '../../../print/PrintMetadata';
import type { PrintDocumentProps } from '../../../print/printDocuments';
import './planPrint.css';
import { PrintProblem } from '../../../print/PrintProblem';

/**
 * #/print/plan/<year>: the year's sittings as an A4 table under the convent's letterhead
 * (always German: it goes to the members and the public).
 */
export default function PlanPrintDocument({ params }: PrintDocumentProps) {
  const db = useDatabase();
  const year = Number(params[0]);
  const t = germanCatalog.plan;
  const data = useLiveQuery(async () => {
    if (!Number.isInteger(year)) return undefined;
    const [settings, plans, sittings, territories] = await Promise.all([
      readSettings(db),
      db.domain('plans').where('year').equals(year).toArray(),
      db.domain('sittings').where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray(),
      db.domain('territories').toArray(),
    ]);
    sittings.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
    return { settings, plan: plans[0], sittings, names: new Map(territories.map((tr) => [tr.id, tr.name])) };
  }, [db, year]);
  if (!Number.isInteger(year)) {
    return <PrintProblem message={t.invalidYear} />;
  }
  if (!data) return null;
  const { settings, plan, sittings, names } = data;
  const notes = { messages: germanCatalog, language: 'de' as const, hostName: (id: string | undefined) => (id ? (names.get(id) ?? '') : '') };
  return (
    <article className="print-page plan-print" data-print-ready="true" lang="de">
      <PrintMetadata title={t.pdfFooter(year, settings.conventName)} author={settings.conventName} language="de" footer={t.pdfFooter(year, settings.conventName)} />
      <Letterhead settings={settings} />
      <h1>Sitzungsplan {year}</h1>
      <p className="plan-print-sub">
        {plan ? t.bodies[plan.body] : settings.conventName}
        {plan &&
          ` · ${t.ruleSummary(t.ordinals[String(plan.rule.ordinal)] ?? '', weekdayNameOf(plan.rule.weekday, 'de'), plan.rule.start, plan.rule.end)}`}
        {plan && plan.skipMonths.length > 0 && ` · ${t.withoutMonths(plan.skipMonths.map((m) => monthName(m, 'de')).join(', '))}`}
      </p>
      {sittings.length === 0 ? (
        <p>{t.noSittings}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.columns.number}</th>
              <th scope="col">{t.columns.date}</th>
              <th scope="col">{t.columns.time}</th>
              <th scope="col">{t.columns.host}</th>
              <th scope="col">{t.columns.venue}</th>
              <th scope="col">{t.columns.notes}</th>
            </tr>
          </thead>
          <tbody>
            {sittings.map((s, i) => {
              const cancelled = s.status === 'cancelled';
              const note = planNotesText(s, notes);
              return (
                <tr key={s.id} className={cancelled ? 'cancelled' : undefined}>
                  <td>{i + 1}</td>
                  <td className="nowrap">{formatDateShort(s.date, 'de')}</td>
                  <td className="nowrap">{t.timeRange(s.start, s.end)}</td>
                  <td className="nowrap">{s.hostTerritoryId ? (names.get(s.hostTerritoryId) ?? '') : ''}</td>
                  <td>{s.venue}</td>
                  <td>
                    {cancelled && !note.includes(t.reasons.cancelled) && <strong>{t.reasons.cancelled}. </strong>}
                    {note}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="plan-print-foot">
        Gesetzliche Feiertage in Sachsen sind berücksichtigt.
        {plan && plan.blockedPeriods.length > 0 && ` Sperrzeiten: ${plan.blockedPeriods.map((p) => `${p.label} (${formatDateNumeric(p.from)}–${formatDateNumeric(p.to)})`).join('; ')}.`}
        {' '}Stand: {formatInstant(new Date().toISOString())}.
      </p>
    </article>
  );
}
