import { MinutesLockedError } from '../../../shared/minutes/approvalLock';
import { useMessages } from '../i18n/useMessages';
import { errorText } from '../i18n/errorText';
import type { AutosaveState } from './useAutosave';

/** German message for a failed autosave: the field's own validation message, or why it is locked. */
export function useAutosaveErrorText(): (error: unknown) => string {
  const messages = useMessages();
  const t = messages.minutes.autosave;
  return (error) => {
    if (error instanceof MinutesLockedError) return t.locked;
    return t.failed(errorText(messages, error));
  };
}

/**
 * The quiet save state next to a field ("Gespeichert"). Only a failure is announced (role=alert):
 * announcing every save while typing would drown a screen reader.
 */
export function AutosaveStatus({ state, id }: { state: AutosaveState; id?: string }) {
  const t = useMessages().minutes.autosave;
  const errorText = useAutosaveErrorText();
  if (state.kind === 'error') {
    return (
      <p id={id} role="alert" className="field-error">
        {errorText(state.error)}
      </p>
    );
  }
  return (
    <span id={id} className="mn-autosave-state muted">
      {state.kind === 'saving' ? t.saving : state.kind === 'saved' ? t.saved : ''}
    </span>
  );
}
