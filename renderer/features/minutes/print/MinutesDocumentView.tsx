import type { Settings } from '../../../../shared/domain/settings';
import type { Minutes } from '../../../../shared/domain/minutes';
import { allActionItems, type MinutesDecision, type MinutesDocument, type MinutesItem } from '../../../../shared/minutes/minutesDocument';
import type { ReviewedActionItem } from '../../../../shared/minutes/actionItemReview';
import { groupedHash } from '../../../../shared/minutes/contentHash';
import { settingsForPrint, type FrozenPrintSettings } from '../../../../shared/minutes/frozenMinutes';
import { LanguageContext, useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { formatDateLong, formatDateNumeric, todayIso } from '../../../app/format/dates';
import { Letterhead } from '../../../print/Letterhead';
import { MarkdownView } from '../MarkdownView';
import { formatDecisionNumber } from '../../../../shared/minutes/decisionNumbers';
import type { Messages } from '../../../app/i18n/catalog';
import { DraftMark } from '../../../print/DraftMark';

/** How the document stands: what the title block, the draft mark and the closing lines say. */
export interface MinutesPrintState {
  status: Minutes['status'];
  /** The instant of circulation (printed as its local date). */
  circulatedAt?: string | undefined;
  approvedInSittingDate?: string | undefined;
  approvedOn?: string | undefined;
  contentHash?: string | undefined;
  /** The approved hash no longer matches the content (data changed underneath). */
  hashMismatch?: boolean;
  /** This is version n > 1: the reason of the correction that made it. */
  correctionReason?: string | undefined;
  /** A frozen earlier version, shown for reading. */
  frozen?: boolean;
  /** "Öffentliche Fassung": the non-public part is left out, and the document says so. */
  publicVersion?: boolean;
}

/**
 * The Niederschrift as a document: letterhead, title, header block, attendance, agenda, items with
 * decisions and action items, the action-item table and the signature lines. Used by the print
 * route (PDF) and for reading earlier versions in the app. Frozen minutes bring their own print
 * settings (`print`: letterhead, logo, signature lines and language of the day of approval).
 */
export function MinutesDocumentView({
  document,
  settings,
  state,
  print,
  onDraftMarkReady,
}: {
  document: MinutesDocument;
  settings: Settings;
  state: MinutesPrintState;
  print?: FrozenPrintSettings | undefined;
  /** Called once the draft mark is drawn (print: the document is ready only then). */
  onDraftMarkReady?: (() => void) | undefined;
}) {
  if (!print) return <DocumentBody document={document} settings={settings} state={state} onDraftMarkReady={onDraftMarkReady} />;
  return (
    <LanguageContext.Provider value={print.language}>
      <DocumentBody document={document} settings={settingsForPrint(settings, print)} state={state} onDraftMarkReady={onDraftMarkReady} />
    </LanguageContext.Provider>
  );
}

/** The minutes' full title: "Niederschrift über die 12. Sitzung des erweiterten Regionalkonvents am …". */
export function minutesTitle(t: Messages['minutes']['print'], document: MinutesDocument, date: string): string {
  return t.title(document.sitting.body, date, document.sitting.number, document.sitting.town);
}

/**
 * The heading's "Ort": the venue with its postal address. A place the recorder typed in the minutes
 * header that is not the venue (nor the name its address carries) is printed as typed.
 */
function minutesPlace(place: string, sitting: MinutesDocument['sitting']): string {
  const typed = place.trim();
  const full = sitting.venueWithAddress;
  if (!full) return typed || sitting.venue;
  // The venue itself (as the sitting names it, or as its address names it): with its address.
  const fold = (text: string) => text.toLocaleLowerCase('de');
  if (!typed || typed === sitting.venue.trim() || fold(full).startsWith(`${fold(typed)},`)) return full;
  return typed;
}

function DocumentBody({
  document,
  settings,
  state,
  onDraftMarkReady,
}: {
  document: MinutesDocument;
  settings: Settings;
  state: MinutesPrintState;
  onDraftMarkReady?: (() => void) | undefined;
}) {
  const t = useMessages().minutes.print;
  const language = useLanguage();
  const isDraft = state.status !== 'approved' && !state.frozen;
  const { attendance, header } = document;
  const publicItems = document.items.filter((item) => item.public);
  const nonPublicItems = document.items.filter((item) => !item.public);
  const shownActionItems = (state.publicVersion ? publicItems : document.items).flatMap((item) => item.actionItems.map((a) => a.id));
  const present = attendance.members.filter((m) => m.status === 'present' || m.status === 'represented');
  const absent = attendance.members.filter((m) => m.status === 'excused' || m.status === 'absent');
  const unrecorded = attendance.members.filter((m) => m.status === 'unrecorded');
  const actionItems = allActionItems(document).filter((actionItem) => actionItem.itemPosition === undefined || shownActionItems.includes(actionItem.id));
  const reviewHost = document.items.find((item) => item.id === document.review.hostItemId);
  const approvalHost = document.items.find((item) => item.id === document.approvals?.hostItemId);
  const approvalLines = (document.approvals?.sittingDates ?? []).map((date) => t.approvalOf(formatDateNumeric(date)));

  return (
    <>
      {isDraft && <DraftMark text={t.draftMark} onReady={onDraftMarkReady} />}
      <Letterhead settings={settings} />
      <h1 className="minutes-title">{minutesTitle(t, document, keepTogether(formatDateLong(document.sitting.date, language)))}</h1>
      {document.sitting.title && <p className="minutes-subtitle">{document.sitting.title}</p>}
      <p className="minutes-state">
        {state.frozen
          ? t.frozenVersion(document.version)
          : state.status === 'approved'
            ? t.state.approved(dateOrDash(state.approvedInSittingDate), dateOrDash(state.approvedOn))
            : state.status === 'circulated' && state.circulatedAt
              ? t.state.circulated(formatDateNumeric(todayIso(new Date(state.circulatedAt))))
              : t.state.draft}
      </p>
      {state.correctionReason && <p className="minutes-correction">{t.correction(document.version, state.correctionReason)}</p>}
      {state.hashMismatch && <p className="minutes-warning">{t.hashMismatch}</p>}
      {state.publicVersion && nonPublicItems.length > 0 && (
        <p className="minutes-correction">{t.publicVersionNote(nonPublicItems.map((item) => t.top(item.position)).join(', '))}</p>
      )}

      <table className="minutes-header-block">
        <tbody>
          <tr>
            <th scope="row">{t.header.chair}</th>
            <td>{header.chair || t.header.missing}</td>
          </tr>
          <tr>
            <th scope="row">{t.header.recorder}</th>
            <td>{header.recorder || t.header.missing}</td>
          </tr>
          <tr>
            <th scope="row">{t.header.time}</th>
            <td>{t.header.timeValue(header.start ?? t.header.missing, header.end ?? t.header.missing)}</td>
          </tr>
          <tr>
            <th scope="row">{t.header.place}</th>
            <td>{minutesPlace(header.place, document.sitting) || t.header.missing}</td>
          </tr>
        </tbody>
      </table>

      <section className="minutes-section">
        <h2>{t.attendance.heading}</h2>
        <p>{t.attendance.summary(attendance.presentCount, attendance.memberCount, attendance.representedCount)}</p>
        <MemberList heading={t.attendance.present} members={present} />
        <MemberList heading={t.attendance.absent} members={absent} />
        <MemberList heading={t.attendance.unrecorded} members={unrecorded} />
        {attendance.guests.length > 0 && (
          <div className="keep-together">
            <h3>{t.attendance.guests}</h3>
            <ul className="minutes-people">
              {attendance.guests.map((guest, index) => (
                <li key={index}>{t.attendance.guestLine(guest.name, [guest.function, guest.organization].filter(Boolean).join(', '))}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section className="minutes-section">
        <h2>{t.agendaHeading}</h2>
        <AgendaList items={publicItems} />
        {!state.publicVersion && nonPublicItems.length > 0 && (
          <>
            <h3>{t.nonPublicPart}</h3>
            <AgendaList items={nonPublicItems} />
          </>
        )}
      </section>

      {!approvalHost && approvalLines.length > 0 && (
        <section className="minutes-item minutes-approvals">
          {approvalLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      )}

      {publicItems.map((item) => (
        <ItemSection
          key={item.id}
          item={item}
          review={item === reviewHost ? document.review.entries : undefined}
          approvals={item === approvalHost ? approvalLines : undefined}
          draft={isDraft}
        />
      ))}

      {!state.publicVersion && nonPublicItems.length > 0 && (
        <section className="minutes-nonpublic">
          <h2 className="minutes-part-heading">{t.nonPublicPart}</h2>
          {nonPublicItems.map((item) => (
            <ItemSection key={item.id} item={item} review={item === reviewHost ? document.review.entries : undefined} approvals={item === approvalHost ? approvalLines : undefined} draft={isDraft} />
          ))}
        </section>
      )}

      {!reviewHost && document.review.entries.length > 0 && (
        <section className="minutes-item">
          <h2>{t.review}</h2>
          <ReviewTable entries={document.review.entries} />
        </section>
      )}

      {document.furtherActionItems.length > 0 && (
        <section className="minutes-item">
          <h2>{t.furtherActionItems}</h2>
          <ActionItemList actionItems={document.furtherActionItems} />
        </section>
      )}

      <section className="minutes-section">
        <h2>{t.actionItemTable.heading}</h2>
        {actionItems.length === 0 ? (
          <p>{t.actionItemTable.none}</p>
        ) : (
          <table className="minutes-table">
            <thead>
              <tr>
                <th scope="col" className="col-number">
                  {t.actionItemTable.number}
                </th>
                <th scope="col">{t.actionItemTable.text}</th>
                <th scope="col">{t.actionItemTable.owner}</th>
                <th scope="col" className="col-date">
                  {t.actionItemTable.due}
                </th>
                <th scope="col" className="col-number">
                  {t.actionItemTable.item}
                </th>
              </tr>
            </thead>
            <tbody>
              {actionItems.map((actionItem) => (
                <tr key={actionItem.id}>
                  <td>{actionItem.number}</td>
                  <td>{actionItem.text}</td>
                  <td>{actionItem.owner}</td>
                  <td>{actionItem.due ? formatDateNumeric(actionItem.due) : ''}</td>
                  <td>{actionItem.itemPosition ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="minutes-signatures">
        <h2>{t.signatures.heading}</h2>
        <div className="signature-place-date">
          <div className="signature-line" />
          <div className="signature-role">{t.signatures.placeDate}</div>
        </div>
        <div className="signature-grid">
          <Signature role={t.signatures.chair} name={header.chair} />
          <Signature role={t.signatures.recorder} name={header.recorder} />
          {Array.from({ length: settings.signatureMembers }, (_, index) => (
            <Signature key={index} role={t.signatures.member} name="" />
          ))}
        </div>
      </section>

      {(state.status === 'approved' || state.frozen) && state.contentHash && !state.publicVersion && (
        <p className="minutes-hash">{t.hashLine(groupedHash(state.contentHash))}</p>
      )}
    </>
  );
}

/** A date never breaks across lines ("28." at the end of one line, "April 2025" on the next). */
const keepTogether = (text: string) => text.replace(/ /g, '\u00a0');

const dateOrDash = (date: string | undefined) => (date ? formatDateNumeric(date) : '—');

function MemberList({ heading, members }: { heading: string; members: MinutesDocument['attendance']['members'] }) {
  if (members.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="minutes-people">
        {members.map((member) => (
          <li key={member.membershipId}>
            <span>{member.line}</span>
            {member.organization && <span className="minutes-muted"> · {member.organization}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

function ItemSection({
  item,
  review,
  approvals,
  draft,
}: {
  item: MinutesItem;
  review?: ReviewedActionItem[] | undefined;
  /** "Die Niederschrift über die Sitzung vom … wird genehmigt." in the item on approving minutes. */
  approvals?: string[] | undefined;
  draft: boolean;
}) {
  const t = useMessages().minutes.print;
  return (
    <section className="minutes-item">
      <h2>
        <span className="minutes-top">{t.top(item.position)}</span> {item.title}
        {!item.public && <span className="minutes-muted"> ({t.notPublic})</span>}
      </h2>
      {item.presenter && <p className="minutes-presenter">{t.presenter(item.presenter)}</p>}
      {item.notes.trim() && <MarkdownView source={item.notes} headingBase={3} className="minutes-notes" />}
      {approvals?.map((line) => (
        <p key={line} className="minutes-approval">
          {line}
        </p>
      ))}
      {review && (review.length ? <ReviewTable entries={review} /> : <p>{t.reviewNone}</p>)}
      {item.decisions.map((decision) => (
        <DecisionBlock key={decision.id} decision={decision} provisional={draft && !decision.reference?.fixed} />
      ))}
      {item.actionItems.length > 0 && (
        <div className="minutes-tasks">
          <h3>{t.actionItems}</h3>
          <ActionItemList actionItems={item.actionItems} />
        </div>
      )}
    </section>
  );
}

function DecisionBlock({ decision, provisional }: { decision: MinutesDecision; provisional: boolean }) {
  const t = useMessages().minutes.print;
  const outcome = decision.unanimous && decision.result === 'accepted' ? t.unanimous : t.result[decision.result];
  return (
    <div className="minutes-decision">
      <h3>
        {decision.reference
          ? t.decisionNumbered(formatDecisionNumber(decision.reference), provisional)
          : t.decision(decision.number)}
      </h3>
      {decision.motion && (
        <p className="decision-motion">
          <strong>{t.motion}:</strong> {decision.motion}
        </p>
      )}
      <p className="decision-wording">{decision.wording}</p>
      <p className="decision-vote">
        {decision.votes ? t.vote(decision.votes.yes, decision.votes.no, decision.votes.abstain) : t.noVote}
        {' — '}
        <strong>{outcome}</strong>
      </p>
    </div>
  );
}

function ActionItemList({ actionItems }: { actionItems: MinutesDocument['furtherActionItems'] }) {
  const t = useMessages().minutes.print;
  return (
    <ul className="minutes-task-list">
      {actionItems.map((actionItem) => (
        <li key={actionItem.id}>
          <span className="minutes-task-number">{actionItem.number}.</span> {t.actionItem(actionItem.text, actionItem.owner, actionItem.due ? formatDateNumeric(actionItem.due) : '')}
        </li>
      ))}
    </ul>
  );
}

function ReviewTable({ entries }: { entries: ReviewedActionItem[] }) {
  const t = useMessages().minutes.print;
  return (
    <table className="minutes-table">
      <thead>
        <tr>
          <th scope="col">{t.actionItemTable.text}</th>
          <th scope="col">{t.actionItemTable.owner}</th>
          <th scope="col" className="col-date">
            {t.actionItemTable.due}
          </th>
          <th scope="col">{t.reviewColumn}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              {entry.text}
              <span className="minutes-muted block">{t.reviewFrom(formatDateNumeric(entry.fromSittingDate))}</span>
            </td>
            <td>{entry.owner}</td>
            <td>{entry.due ? formatDateNumeric(entry.due) : ''}</td>
            <td>{t.reviewState[entry.state]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A signature: the line, under it the printed name (or a blank for it), then the function. */
function Signature({ role, name }: { role: string; name: string }) {
  return (
    <div className="signature">
      <div className="signature-line" />
      <div className="signature-name">{name || '\u00a0'}</div>
      <div className="signature-role">{role}</div>
    </div>
  );
}

function AgendaList({ items }: { items: MinutesItem[] }) {
  const t = useMessages().minutes.print;
  return (
    <ol className="minutes-agenda">
      {items.map((item) => (
        <li key={item.id}>
          <span className="minutes-top">{t.top(item.position)}</span>
          <span>
            {item.title}
            {!item.public && <span className="minutes-muted"> ({t.notPublic})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
