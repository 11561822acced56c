import type { Minutes } from '../domain/minutes';
import type { Sitting } from '../domain/sitting';
import type { CompletenessProblem } from './completeness';

/**
 * Entwurf → versendet → genehmigt. Each step is a pure function from the minutes to the next
 * minutes or a reason why not; the repository writes the result in one transaction.
 */
export type WorkflowRefusal =
  | { reason: 'incomplete'; problems: CompletenessProblem[] }
  | { reason: 'wrongStatus'; status: Minutes['status'] }
  | { reason: 'approvingSittingNotLater' }
  | { reason: 'approvingSittingCancelled' }
  | { reason: 'approvingSittingInFuture' }
  | { reason: 'approvingSittingNotHeld' }
  | { reason: 'approvalDateBeforeApprovingSitting' }
  | { reason: 'approvalDateBeforeSitting' }
  | { reason: 'approvalDateInFuture' };

export type WorkflowResult = { ok: true; minutes: Minutes } | { ok: false; refusal: WorkflowRefusal };

const refuse = (refusal: WorkflowRefusal): WorkflowResult => ({ ok: false, refusal });

/** "Zur Genehmigung versenden": only complete drafts go out. */
export function circulate(minutes: Minutes, problems: readonly CompletenessProblem[], now: string): WorkflowResult {
  if (minutes.status !== 'draft') return refuse({ reason: 'wrongStatus', status: minutes.status });
  if (problems.length > 0) return refuse({ reason: 'incomplete', problems: [...problems] });
  return { ok: true, minutes: { ...minutes, status: 'circulated', circulatedAt: now } };
}

/** Back to draft (e.g. a member's remark needs a larger rework before approval). */
export function withdrawCirculation(minutes: Minutes): WorkflowResult {
  if (minutes.status !== 'circulated') return refuse({ reason: 'wrongStatus', status: minutes.status });
  const { circulatedAt: _circulatedAt, ...rest } = minutes;
  return { ok: true, minutes: { ...rest, status: 'draft' } };
}

export interface ApprovalInput {
  /** The sitting of these minutes. */
  sitting: Pick<Sitting, 'date'>;
  /** The later sitting that approved them. */
  approvingSitting: Pick<Sitting, 'id' | 'date' | 'status'>;
  /** Attendance was recorded for the approving sitting (it took place even if still "geplant"). */
  approvingSittingHasAttendance: boolean;
  approvedOn: string;
  today: string;
  /** Still complete at approval time: circulated minutes may have been edited since. */
  problems: readonly CompletenessProblem[];
  /** Hash of the content as approved (contentHash.ts). */
  contentHash: string;
}

/**
 * A sitting can approve minutes only once it has taken place: marked "durchgeführt", or with
 * attendance recorded (the date not being in the future is checked separately).
 */
export function approvingSittingTookPlace(sitting: Pick<Sitting, 'status'>, hasAttendance: boolean): boolean {
  return sitting.status === 'held' || (sitting.status !== 'cancelled' && hasAttendance);
}

/** "Genehmigen": records in which sitting and on which date; from then on the minutes are locked. */
export function approve(minutes: Minutes, input: ApprovalInput): WorkflowResult {
  if (minutes.status !== 'circulated') return refuse({ reason: 'wrongStatus', status: minutes.status });
  if (input.problems.length > 0) return refuse({ reason: 'incomplete', problems: [...input.problems] });
  if (input.approvingSitting.date <= input.sitting.date) return refuse({ reason: 'approvingSittingNotLater' });
  if (input.approvingSitting.status === 'cancelled') return refuse({ reason: 'approvingSittingCancelled' });
  if (input.approvedOn <= input.sitting.date) return refuse({ reason: 'approvalDateBeforeSitting' });
  if (input.approvingSitting.date > input.today) return refuse({ reason: 'approvingSittingInFuture' });
  if (!approvingSittingTookPlace(input.approvingSitting, input.approvingSittingHasAttendance)) return refuse({ reason: 'approvingSittingNotHeld' });
  if (input.approvedOn < input.approvingSitting.date) return refuse({ reason: 'approvalDateBeforeApprovingSitting' });
  if (input.approvedOn > input.today) return refuse({ reason: 'approvalDateInFuture' });
  return {
    ok: true,
    minutes: {
      ...minutes,
      status: 'approved',
      approvedInSittingId: input.approvingSitting.id,
      approvedOn: input.approvedOn,
      contentHash: input.contentHash,
    },
  };
}
