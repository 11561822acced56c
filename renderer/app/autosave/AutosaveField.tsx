import { useId, type InputHTMLAttributes } from 'react';
import { useAutosave } from './useAutosave';
import { AutosaveStatus } from './AutosaveStatus';

interface CommonProps {
  /** Unique per row and field: "agendaItems.<id>.title". */
  saveKey: string;
  label: string;
  value: string;
  onSave: (value: string) => Promise<unknown>;
  readOnly?: boolean;
  /** Element id, so completeness links can focus the field. */
  id?: string;
  hint?: string;
  className?: string;
  /** The label is read by screen readers only (a table-like list shows column headings instead). */
  hideLabel?: boolean;
}

/**
 * A labelled text input or textarea that saves itself (see useAutosave): no save button to forget.
 * The error of a value that could not be saved stays at the field, wired with aria-describedby.
 */
export function AutosaveField({
  multiline,
  rows,
  inputProps,
  ...props
}: CommonProps & { multiline?: boolean; rows?: number; inputProps?: InputHTMLAttributes<HTMLInputElement> }) {
  const generatedId = useId();
  const id = props.id ?? generatedId;
  const statusId = `${id}-state`;
  const hintId = `${id}-hint`;
  const { draft, setDraft, onFocus, onBlur, state } = useAutosave({ key: props.saveKey, stored: props.value, save: props.onSave, readOnly: props.readOnly });
  const describedBy = [props.hint ? hintId : '', state.kind === 'error' ? statusId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    readOnly: props.readOnly,
    'aria-invalid': state.kind === 'error' ? true : undefined,
    'aria-describedby': describedBy,
    onFocus,
    onBlur,
  };
  return (
    <div className={`field mn-autosave-field${state.kind === 'error' ? ' field-invalid' : ''}${props.className ? ` ${props.className}` : ''}`}>
      {props.hideLabel ? (
        <label htmlFor={id} className="visually-hidden">
          {props.label}
        </label>
      ) : (
        <div className="mn-autosave-label">
          <label htmlFor={id}>{props.label}</label>
          {state.kind !== 'error' && <AutosaveStatus state={state} />}
        </div>
      )}
      {multiline ? (
        <textarea {...common} rows={rows ?? 4} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input type="text" {...inputProps} {...common} onChange={(e) => setDraft(e.target.value)} />
      )}
      {state.kind === 'error' && <AutosaveStatus state={state} id={statusId} />}
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
