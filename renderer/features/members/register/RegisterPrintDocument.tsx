import { useLiveQuery } from 'dexie-react-hooks';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { isoDateSchema } from '../../../../shared/domain/primitives';
import { roleHolderAsOf } from '../../../../shared/domain/spokespersonTerms';
import { registerAsOf } from '../../../../shared/register/registerView';
import { useDatabase } from '../../../app/DatabaseContext';
import { formatDateLong, formatDateNumeric } from '../../../app/format/dates';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { readRegisterData } from '../../../db/repositories/registerRepository';
import { readSettings } from '../../../db/repositories/settingsRepository';
import { Letterhead } from '../../../print/Letterhead';
import { PrintMetadata } from '../../../print/PrintMetadata';
import type { PrintDocumentProps } from '../../../print/printDocuments';
import { periodLabel } from '../periodLabel';
import './registerPrint.css';
import { PrintProblem } from '../../../print/PrintProblem';

/** #/print/register/<date>: the full register as of a date, A4, grouped like the screen. */
export default function RegisterPrintDocument({ params }: PrintDocumentProps) {
  const db = useDatabase();
  const t = useMessages().members;
  const language = useLanguage();
  const date = params[0] ?? '';
  const loaded = useLiveQuery(async () => ({ data: await readRegisterData(db), settings: await readSettings(db) }), [db]);
  const validDate = isoDateSchema.safeParse(date).success;
  if (!validDate) {
    return <PrintProblem message={t.print.invalidDate} />;
  }
  if (!loaded) return null;
  const { data, settings } = loaded;
  const groups = registerAsOf(data, date);
  const total = groups.reduce((sum, g) => sum + g.entries.length, 0);
  const spokesperson = roleHolderAsOf(data.roles, 'spokesperson', date);
  const spokespersonPerson = spokesperson && data.persons.find((p) => p.id === spokesperson.personId);
  const c = t.print.columns;

  return (
    <article className="print-page register-print" data-print-ready="true" lang={language}>
      <PrintMetadata
        title={t.print.footer(formatDateNumeric(date))}
        author={settings.conventName}
        language={language}
        footer={t.print.footer(formatDateNumeric(date))}
      />
      <Letterhead settings={settings} />
      <h1>{t.print.title}</h1>
      <p>
        <strong>{t.print.asOf(formatDateLong(date, language))}</strong> · {t.print.total(total)}
      </p>
      {spokesperson && spokespersonPerson && <p>{t.print.spokesperson(personWithFunction(spokespersonPerson), periodLabel(t, spokesperson))}</p>}
      {groups.map((group) => (
        <section key={group.category}>
          <h2>
            {t.categories[group.category]} ({group.entries.length})
          </h2>
          {group.entries.length === 0 ? (
            <p>{t.register.emptyGroup}</p>
          ) : (
            <table className="register-print-table">
              <colgroup>
                <col className="col-member" />
                <col className="col-function" />
                <col className="col-territory" />
                <col className="col-deputies" />
                <col className="col-since" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{c.member}</th>
                  <th scope="col">{c.functionOrganization}</th>
                  <th scope="col">{c.territory}</th>
                  <th scope="col">{c.deputies}</th>
                  <th scope="col">{c.since}</th>
                </tr>
              </thead>
              <tbody>
                {group.entries.map((entry) => (
                  <tr key={entry.membership.id}>
                    <td>
                      {personDisplayName(entry.person)}
                      {entry.spokesperson ? ` (${t.register.spokespersonBadge})` : ''}
                    </td>
                    <td>{[entry.person.function, entry.person.organization].filter((x) => x.trim()).join(', ')}</td>
                    <td>{entry.territory?.name ?? ''}</td>
                    <td>{entry.deputies.map((d) => personWithFunction(d.person)).join('; ')}</td>
                    <td>{formatDateNumeric(entry.membership.validFrom)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </article>
  );
}
