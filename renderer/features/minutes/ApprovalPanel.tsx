import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../../../shared/domain/primitives';
import { checkCompleteness, type CompletenessProblem } from '../../../shared/minutes/completeness';
import { groupedHash } from '../../../shared/minutes/contentHash';
import { useDatabase } from '../../app/DatabaseContext';
import { useLanguage, useMessages, useNumericDate } from '../../app/i18n/useMessages';
import { formatDateShort, todayIso } from '../../app/format/dates';
import { href, navigate } from '../../app/router';
import { Field } from '../../app/components/form/Field';
import { approveMinutes, circulateMinutes, startMinutesCorrection, withdrawMinutes } from '../../db/repositories/minutesRepository';
import { fieldIds, focusWhenRendered, minutesPath, targetLocation } from './minutesLinks';
import { useActionError } from './useActionError';
import { VersionsList } from './VersionsList';
import { useConfirm } from '../../app/components/useConfirm';
import { approvingSittingTookPlace } from '../../../shared/minutes/workflow';
import type { SittingMinutes } from './useSittingMinutes';
import { DateInputField } from '../../app/components/dateFields/DateInputField';

/** Check, circulation, approval, content hash, corrections and earlier versions. */
export function ApprovalPanel({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes.approval;
  const { minutes } = data;
  return (
    <div className="mn-approval">
      <div className="panel">
        <h2>{t.statusHeading}</h2>
        <p>{t.statusText[minutes.status]}</p>
      </div>
      {minutes.status !== 'approved' && <CompletenessPanel data={data} />}
      {minutes.status === 'circulated' && <ApproveForm data={data} />}
      {minutes.status === 'approved' && <ApprovedPanel data={data} />}
      {data.versions.length > 0 && <VersionsList data={data} />}
    </div>
  );
}

function CompletenessPanel({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes.approval;
  const db = useDatabase();
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState('');
  const { error, run } = useActionError();
  const problems = checkCompleteness(data.document);
  const { minutes, sitting } = data;

  const circulate = () => {
    setChecked(true);
    if (problems.length > 0) return;
    void run(async () => {
      await circulateMinutes(db, sitting.id);
      setNotice(t.circulatedDone);
    });
  };

  return (
    <div className="panel">
      <h2>{t.checkHeading}</h2>
      <p className="muted">{t.checkHint}</p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => setChecked(true)}>
          {t.runCheck}
        </button>
        {minutes.status === 'draft' && (
          <button type="button" className="button primary" onClick={circulate}>
            {t.circulate}
          </button>
        )}
        {minutes.status === 'circulated' && (
          <button type="button" className="button" onClick={() => void run(() => withdrawMinutes(db, sitting.id))}>
            {t.withdraw}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {checked && (problems.length === 0 ? <p className="notice">{t.complete}</p> : <ProblemList sittingId={sitting.id} problems={problems} />)}
        {notice && <p className="notice">{notice}</p>}
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}

function ProblemList({ sittingId, problems }: { sittingId: string; problems: CompletenessProblem[] }) {
  const t = useMessages().minutes.approval;
  const text = (problem: CompletenessProblem): string => {
    const messages = t.problems;
    switch (problem.code) {
      case 'attendanceMissing':
      case 'reasonMissing':
        return messages[problem.code](problem.member);
      case 'wordingMissing':
      case 'votesMissing':
        return messages[problem.code](problem.itemPosition, problem.decisionNumber);
      case 'tooManyVotes':
        return messages.tooManyVotes(problem.itemPosition, problem.decisionNumber, problem.cast, problem.present);
      default:
        return messages[problem.code];
    }
  };
  return (
    <div className="notice warn mn-problems">
      <p>
        <strong>{t.missing(problems.length)}</strong>
      </p>
      <ul>
        {problems.map((problem, index) => {
          const { tab, focus: minutesFocus } = targetLocation(problem.target);
          // Attendance and reasons are entered on the sitting page, not in the read-only summary of the minutes.
          const onSittingPage = problem.target.kind === 'attendance';
          const focus =
            problem.target.kind === 'attendance'
              ? problem.code === 'reasonMissing'
                ? fieldIds.attendanceReason(problem.target.membershipId)
                : fieldIds.attendanceStatus(problem.target.membershipId)
              : minutesFocus;
          const path = onSittingPage ? `/sittings/${sittingId}` : minutesPath(sittingId, tab, focus);
          return (
            <li key={index}>
              <a
                href={href(path)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(path);
                  focusWhenRendered(focus, onSittingPage ? 180 : 20);
                }}
              >
                {text(problem)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const approvalFormSchema = z.object({
  approvingSittingId: idSchema,
  approvedOn: isoDateSchema,
});
type ApprovalValues = z.infer<typeof approvalFormSchema>;

function ApproveForm({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes.approval;
  const language = useLanguage();
  const db = useDatabase();
  const { error, run } = useActionError();
  const today = todayIso();
  const { confirm, dialog: confirmDialog } = useConfirm();
  // Minutes are approved in a later sitting that has taken place: not in the future, and marked
  // "durchgeführt" or with attendance recorded.
  const later = data.sittings.filter(
    (s) => s.date > data.sitting.date && s.date <= today && approvingSittingTookPlace(s, data.sittingsWithAttendance.has(s.id)),
  );
  const { register, handleSubmit, formState, setValue } = useForm<ApprovalValues>({
    resolver: zodResolver(approvalFormSchema.extend({ approvingSittingId: z.string().min(1, t.chooseSitting).pipe(idSchema) })),
    defaultValues: { approvingSittingId: later[0]?.id ?? '', approvedOn: later[0]?.date ?? today },
    shouldFocusError: true,
  });
  const sittingField = register('approvingSittingId');
  const onSubmit = handleSubmit(async (values) => {
    const approving = later.find((s) => s.id === values.approvingSittingId);
    if (!approving) return;
    const yes = await confirm({
      title: t.confirmTitle,
      body: t.confirmBody(formatDateShort(data.sitting.date, language), formatDateShort(approving.date, language)),
      confirmLabel: t.confirmApprove,
    });
    if (!yes) return;
    await run(() => approveMinutes(db, data.sitting.id, { approvingSittingId: values.approvingSittingId, approvedOn: values.approvedOn, today }));
  });

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate aria-labelledby="approve-heading">
      <h2 id="approve-heading">{t.approveHeading}</h2>
      {later.length === 0 ? (
        <p className="notice warn">{t.noLaterSitting}</p>
      ) : (
        <>
          <Field label={t.approvingSitting} error={formState.errors.approvingSittingId}>
            <select
              {...sittingField}
              onChange={(event) => {
                void sittingField.onChange(event);
                const chosen = later.find((s) => s.id === event.target.value);
                if (chosen) setValue('approvedOn', chosen.date);
              }}
            >
              {later.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatDateShort(s.date, language)}
                  {s.venue ? ` · ${s.venue}` : ''}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t.approvedOn} error={formState.errors.approvedOn}>
            <DateInputField {...register('approvedOn')} />
          </Field>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={formState.isSubmitting}>
              {t.approve}
            </button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {confirmDialog}
    </form>
  );
}

function ApprovedPanel({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes.approval;
  const numericDate = useNumericDate();
  const { minutes } = data;
  const approving = data.sittings.find((s) => s.id === minutes.approvedInSittingId);
  // Checked against the document frozen at approval (for minutes approved before freezing: the rows now).
  const matches = data.shown.hashMatches;
  return (
    <>
      <div className="panel">
        <h2>{t.approveHeading}</h2>
        <p>
          {t.approvedIn(approving ? numericDate(approving.date) : '—', minutes.approvedOn ? numericDate(minutes.approvedOn) : '—')}
        </p>
        <h3>{t.hashHeading}</h3>
        <p className="mn-hash" data-testid="content-hash">
          {minutes.contentHash ? groupedHash(minutes.contentHash) : '—'}
        </p>
        <p className="muted">{t.hashHint}</p>
        {matches ? <p className="notice">{t.hashOk}</p> : <p className="notice danger">{t.hashMismatch}</p>}
      </div>
      <CorrectionForm data={data} />
    </>
  );
}

function CorrectionForm({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes.approval;
  const db = useDatabase();
  const { error, run } = useActionError();
  const { register, handleSubmit, formState } = useForm<{ reason: string }>({
    resolver: zodResolver(z.object({ reason: z.string().trim().min(1, t.refusals.correctionReasonMissing) })),
    defaultValues: { reason: '' },
    shouldFocusError: true,
  });
  const onSubmit = handleSubmit((values) =>
    run(async () => {
      await startMinutesCorrection(db, data.sitting.id, values.reason);
      navigate(minutesPath(data.sitting.id, 'minutes'));
    }),
  );
  return (
    <form className="panel form" onSubmit={onSubmit} noValidate aria-labelledby="correction-heading">
      <h2 id="correction-heading">{t.correctionHeading}</h2>
      <p className="muted">{t.correctionHint}</p>
      {data.shown.changes.length > 0 && <p className="muted">{t.correctionTakesChanges}</p>}
      <Field label={t.correctionReason} error={formState.errors.reason}>
        <textarea rows={2} {...register('reason')} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {t.startCorrection}
        </button>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </form>
  );
}
