import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { resolveMessage } from '../../i18n/resolveMessage';
import { href } from '../../router';

/**
 * The end of every register form: the error that belongs to no single field (an overlap on the
 * seat, a refused write; react-hook-form's errors.root), then Save and the way back.
 */
export function FormFooter({
  rootError,
  submitting,
  submitLabel,
  cancelPath,
  children,
}: {
  rootError?: { message?: string | undefined } | undefined;
  submitting: boolean;
  /** Defaults to "Speichern". */
  submitLabel?: string;
  /** App path of the page "Abbrechen" returns to; without it there is no cancel link. */
  cancelPath?: string;
  /** Further actions after the buttons. */
  children?: ReactNode;
}) {
  const messages = useMessages();
  const common = messages.common;
  return (
    <>
      {rootError && (
        <p role="alert" className="error-text">
          {resolveMessage(messages, rootError.message)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={submitting}>
          {submitLabel ?? common.actions.save}
        </button>
        {cancelPath && (
          <a className="button" href={href(cancelPath)}>
            {common.actions.cancel}
          </a>
        )}
        {children}
      </div>
    </>
  );
}
