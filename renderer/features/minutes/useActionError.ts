import { useCallback, useState } from 'react';
import { MinutesLockedError } from '../../../shared/minutes/approvalLock';
import { WorkflowRefusedError } from '../../db/repositories/minutesRepository';
import { useMessages } from '../../app/i18n/useMessages';
import { errorText } from '../../app/i18n/errorText';
import { formatDateNumeric } from '../../app/format/dates';

/**
 * Runs a user action and turns a failure into a calm German message (locked, invalid, refused);
 * nothing was written when it fails (every repository write is one transaction).
 */
export function useActionError() {
  const messages = useMessages();
  const t = messages.minutes;
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setError(null);
      try {
        await action();
        return true;
      } catch (e) {
        if (e instanceof MinutesLockedError) {
          setError(e.approvedSittingDate ? t.errors.lockedByReview(formatDateNumeric(e.approvedSittingDate)) : t.errors.locked);
        }
        else if (e instanceof WorkflowRefusedError) setError(t.approval.refusals[e.refusal.reason]);
        else setError(errorText(messages, e));
        return false;
      }
    },
    [messages, t],
  );
  return { error, setError, run };
}
