import { useId, type ReactElement, cloneElement } from 'react';
import type { FieldError } from 'react-hook-form';
import { useMessages } from '../../i18n/useMessages';
import { resolveMessage } from '../../i18n/resolveMessage';

/**
 * A labelled form control with its error message (in the UI language) right at the field. The control gets
 * id, aria-invalid and aria-describedby wired up, so screen readers announce the error.
 */
export function Field({
  label,
  error,
  hint,
  id: fixedId,
  children,
}: {
  label: string;
  /** A fixed id for the control (e.g. so a link can focus it); generated when not given. */
  id?: string;
  error?: FieldError | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const messages = useMessages();
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error?.message && (
        <p id={errorId} className="field-error">
          {resolveMessage(messages, error.message)}
        </p>
      )}
    </div>
  );
}
