import type { Language } from '../../../shared/domain/settings';
import { MinutesLockedError } from '../../../shared/minutes/approvalLock';
import { PlanConflictError, type PlanConflict } from '../../../shared/plan/planConflict';
import { formatDateShort } from '../../app/format/dates';
import type { Messages } from '../../app/i18n/catalog';
import { errorText } from '../../app/i18n/resolveMessage';

/** A refused plan change in words of the UI language. */
export function planConflictText(conflict: PlanConflict, messages: Messages, language: Language): string {
  const t = messages.plan.conflicts;
  switch (conflict.code) {
    case 'planExists':
      return t.planExists(conflict.year);
    case 'changedElsewhere':
      return t.changedElsewhere;
    case 'alreadyInvitedOrHeld':
      return t.alreadyInvitedOrHeld;
    case 'rotationEmpty':
      return t.rotationEmpty;
    case 'firstHostNotInRotation':
      return t.firstHostNotInRotation;
    case 'pastDatesPlanned':
      return t.pastDatesPlanned(messages.plan.list(conflict.dates.map((date) => formatDateShort(date, language))));
  }
}

/** "Nicht gespeichert: …" for whatever a plan change threw (nothing was written). */
export function planErrorText(error: unknown, messages: Messages, language: Language): string {
  const t = messages.plan;
  if (error instanceof PlanConflictError) return t.saveError(planConflictText(error.conflict, messages, language));
  if (error instanceof MinutesLockedError) return t.saveError(t.conflicts.minutesLocked);
  return t.saveError(errorText(messages, error));
}
