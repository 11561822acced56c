import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { formatDateLong, formatDateNumeric } from '../../../app/format/dates';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { Letterhead } from '../../../print/Letterhead';
import { PrintMetadata } from '../../../print/PrintMetadata';
import type { PrintDocumentProps } from '../../../print/printDocuments';
import { useSittingView } from '../loadSittingView';
import { venueWithAddress } from '../../../../shared/calendar/venueAddress';
import './sittingPrint.css';
import { PrintProblem } from '../../../print/PrintProblem';

/** Blank lines under the recorded guests, for guests who come unannounced. */
const SPARE_GUEST_LINES = 4;

/**
 * #/print/signin/<sittingId>: Anwesenheitsliste: the members as of the sitting's date, their
 * deputies (standing, or the one recorded), an empty signature column, and the guests below.
 */
export default function SignInSheetDocument({ params }: PrintDocumentProps) {
  const messages = useMessages();
  const t = messages.sittings;
  const language = useLanguage();
  const view = useSittingView(params[0] ?? '');
  if (view === undefined) return null;
  if (view === null) {
    return <PrintProblem message={t.page.notFound} />;
  }
  const { sitting, settings } = view;
  const person = (id: string) => view.personById.get(id);
  const host = sitting.hostTerritoryId ? view.territoryById.get(sitting.hostTerritoryId) : undefined;

  return (
    <article className="print-page sitting-print signin" data-print-ready="true" lang={language}>
      <PrintMetadata
        title={t.print.documentTitleSignIn(t.bodiesGenitive[sitting.body], formatDateNumeric(sitting.date))}
        author={settings.conventName}
        language={language}
        footer={t.print.footerSignIn(formatDateNumeric(sitting.date))}
      />
      <Letterhead settings={settings} />
      <h1>{t.print.signInTitle}</h1>
      <p className="print-subtitle">
        {t.print.sittingLine(t.bodiesGenitive[sitting.body], formatDateLong(sitting.date, language), t.timeRange(sitting.start, sitting.end))}
        {/* The venue with its address on a line of its own, so the address is not split mid-word. */}
        <br />
        {`${t.print.where}: ${venueWithAddress(sitting, host)}`}
        {host && ` (${t.print.host}: ${host.name})`}
      </p>
      <h2>{t.print.signInMembers}</h2>
      <table className="signin-table">
        <thead>
          <tr>
            <th scope="col" className="col-number">{t.print.number}</th>
            <th scope="col" className="col-member">{t.print.member}</th>
            <th scope="col" className="col-deputy">{t.print.deputy}</th>
            <th scope="col" className="col-signature">{t.print.signature}</th>
          </tr>
        </thead>
        <tbody>
          {view.seats.map((seat, index) => {
            const member = person(seat.membership.personId);
            const recorded =
              seat.attendance?.status === 'represented' && seat.attendance.deputyPersonId ? person(seat.attendance.deputyPersonId) : undefined;
            const standing = seat.standingDeputies.map((d) => person(d.personId)).filter((p) => p !== undefined && p.id !== recorded?.id);
            return (
              <tr key={seat.membership.id}>
                <td>{index + 1}</td>
                <td>
                  <strong>{member ? personDisplayName(member) : '?'}</strong>
                  {member && (member.function || member.organization) && (
                    <span className="print-muted block">{[member.function, member.organization].filter(Boolean).join(', ')}</span>
                  )}
                </td>
                <td>
                  {recorded && <span className="block">{t.print.representedBy(personWithFunction(recorded, messages.letters.attendanceWords.deputyCase))}</span>}
                  {standing.map((p) => (
                    <span key={p!.id} className="print-muted block">
                      {t.print.standingDeputy(personWithFunction(p!))}
                    </span>
                  ))}
                </td>
                <td className="signature-cell" />
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t.print.guests}</h2>
      <table className="signin-table">
        <thead>
          <tr>
            <th scope="col" className="col-number">{t.print.number}</th>
            <th scope="col" className="col-member">{t.print.guestName}</th>
            <th scope="col" className="col-deputy">{t.print.guestFunction}</th>
            <th scope="col" className="col-signature">{t.print.signature}</th>
          </tr>
        </thead>
        <tbody>
          {view.guests.map((guest, index) => (
            <tr key={guest.id}>
              <td>{index + 1}</td>
              <td>
                <strong>{guest.name}</strong>
              </td>
              <td>{[guest.function, guest.organization].filter(Boolean).join(', ')}</td>
              <td className="signature-cell" />
            </tr>
          ))}
          {Array.from({ length: SPARE_GUEST_LINES }, (_, i) => (
            <tr key={`spare-${i}`}>
              <td>{view.guests.length + i + 1}</td>
              <td />
              <td />
              <td className="signature-cell" />
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
