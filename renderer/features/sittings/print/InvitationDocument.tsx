import { format } from 'date-fns';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { noticeState } from '../../../../shared/sittings/noticeDeadline';
import { formatDateLong, formatDateNumeric, todayIso } from '../../../app/format/dates';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { Letterhead } from '../../../print/Letterhead';
import { PrintMetadata } from '../../../print/PrintMetadata';
import type { PrintDocumentProps } from '../../../print/printDocuments';
import { useSittingView } from '../loadSittingView';
import './sittingPrint.css';
import { PrintProblem } from '../../../print/PrintProblem';

/**
 * #/print/invitation/<sittingId>: the invitation letter: letterhead, addressed to the members, date,
 * time and venue, the agenda, a note on excuses and deputies, and the distribution list (the members as
 * of the sitting's date, the standing deputies for information).
 */
export default function InvitationDocument({ params }: PrintDocumentProps) {
  const t = useMessages().sittings;
  const language = useLanguage();
  const view = useSittingView(params[0] ?? '');
  if (view === undefined) return null;
  if (view === null) {
    return <PrintProblem message={t.page.notFound} />;
  }
  const { sitting, settings } = view;
  const body = t.bodiesGenitive[sitting.body];
  const host = sitting.hostTerritoryId ? view.territoryById.get(sitting.hostTerritoryId) : undefined;
  const invitedOn = sitting.invitedAt ? format(new Date(sitting.invitedAt), 'yyyy-MM-dd') : todayIso();
  const onTime = noticeState(sitting, invitedOn, settings.noticePeriodDays, invitedOn).kind === 'invitedOnTime';
  const person = (id: string) => view.personById.get(id);
  const deputies = view.seats.flatMap((seat) =>
    seat.standingDeputies.map((d) => ({ id: d.id, deputy: person(d.personId), member: person(seat.membership.personId) })),
  );

  return (
    <article className="print-page sitting-print" data-print-ready="true" lang={language}>
      <PrintMetadata
        title={t.print.documentTitleInvitation(body, formatDateNumeric(sitting.date))}
        author={settings.conventName}
        language={language}
        footer={t.print.footerInvitation(formatDateNumeric(sitting.date))}
      />
      <Letterhead settings={settings} />
      <p className="print-date">{t.print.invitedOn(formatDateNumeric(invitedOn))}</p>
      <p className="addressee-block">
        {t.print.addressees(body)}
        <span className="print-muted block">{t.print.distributionBelow}</span>
      </p>
      <h1>{t.print.invitationHeading(body)}</h1>
      {sitting.title && <p className="print-subtitle">{sitting.title}</p>}
      <p>{t.print.salutation}</p>
      <p>{t.print.invitationText(body)}</p>
      <table className="print-facts">
        <tbody>
          <tr>
            <th scope="row">{t.print.when}</th>
            <td>
              {formatDateLong(sitting.date, language)}, {t.timeRange(sitting.start, sitting.end)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t.print.where}</th>
            <td>{sitting.venue}</td>
          </tr>
          {host && (
            <tr>
              <th scope="row">{t.print.host}</th>
              <td>{host.name}</td>
            </tr>
          )}
        </tbody>
      </table>
      <h2>{t.print.agenda}</h2>
      {view.agendaItems.length === 0 ? (
        <p>{t.print.agendaFollows}</p>
      ) : (
        <ol className="print-agenda">
          {view.agendaItems.map((item, index) => (
            <li key={item.id}>
              <span className="print-top">{t.agenda.item(index + 1)}</span>
              <span>
                {item.title}
                {item.presenter && <span className="print-muted"> ({item.presenter})</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
      <h2>{t.print.notice}</h2>
      <p>{t.print.noticeText}</p>
      {onTime && <p>{t.print.noticePeriod(settings.noticePeriodDays)}</p>}
      <p className="print-closing">{t.print.closing}</p>
      <p>{t.print.signedBy}</p>
      <section className="distribution" aria-labelledby="distribution-title">
        <h2 id="distribution-title">{t.print.distribution}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.print.distributionName}</th>
              <th scope="col">{t.print.distributionFunction}</th>
            </tr>
          </thead>
          <tbody>
            {view.seats.map((seat) => {
              const p = person(seat.membership.personId);
              return (
                <tr key={seat.membership.id}>
                  <td>{p ? personDisplayName(p) : '?'}</td>
                  <td>{p ? [p.function, p.organization].filter(Boolean).join(', ') : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {deputies.length > 0 && (
          <>
            <h3>{t.print.standingDeputies}</h3>
            <table>
              <tbody>
                {deputies.map(({ id, deputy, member }) => (
                  <tr key={id}>
                    <td>{deputy ? personWithFunction(deputy) : '?'}</td>
                    <td>{member ? t.print.represents(personWithFunction(member)) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </article>
  );
}
