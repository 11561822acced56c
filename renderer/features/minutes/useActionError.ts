import { useCallback, useState } from 'react';
import { MinutesLockedError } from '../../../shared/minutes/approvalLock';
import { WorkflowRefusedError } from '../../db/repositories/minutesRepository';
import { useErrorText, useMessages, useNumericDate } from '../../app/i18n/useMessages';

/**
 * Runs a user action and turns a failure into a calm German message (locked, invalid, refused);
 * nothing was written when it fails (every repository write is one transaction).
 */
export function useActionError() {
  const t = useMessages().minutes;
  const numericDate = useNumericDate();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setError(null);
      try {
        await action();
        return true;
      } catch (e) {
        if (e instanceof MinutesLockedError) {
          setError(e.approvedSittingDate ? t.errors.lockedByReview(numericDate(e.approvedSittingDate)) : t.errors.locked);
        }
        else if (e instanceof WorkflowRefusedError) setError(t.approval.refusals[e.refusal.reason]);
        else setError(errorText(e));
        return false;
      }
    },
    [t, errorText, numericDate],
  );
  return { error, setError, run };
}
