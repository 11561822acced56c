import './dateFields/dateFields.css';
import { useId, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { useMessages } from '../i18n/useMessages';

/**
 * A file chooser in the UI language: a button ("Sicherungsdatei wählen") and the chosen file's name, instead of the
 * browser's own "Choose File / No file chosen", which follows the browser's locale. The native input stays
 * in the page (visually hidden, out of the tab order, still named by the field's <label>) and does the work.
 */
export function FileInputField({
  id,
  buttonLabel,
  accept,
  disabled,
  describedBy,
  onChange,
  inputRef,
}: {
  id: string;
  /** The button's text, unique on the page (e.g. "Sicherungsdatei wählen"); the field's <label> names the input. */
  buttonLabel: string;
  accept: string;
  disabled?: boolean;
  describedBy?: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const t = useMessages().common.fileField;
  const ownRef = useRef<HTMLInputElement | null>(null);
  const own = inputRef ?? ownRef;
  const nameId = useId();
  const [fileName, setFileName] = useState('');
  return (
    <div className="file-field">
      <input
        id={id}
        ref={own}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          setFileName(event.target.files?.[0]?.name ?? '');
          onChange(event);
        }}
      />
      <button
        type="button"
        className="button small"
        disabled={disabled}
        aria-describedby={[nameId, describedBy].filter(Boolean).join(' ')}
        onClick={() => own.current?.click()}
      >
        {buttonLabel}
      </button>{' '}
      <span id={nameId} className="muted">
        {fileName || t.none}
      </span>
    </div>
  );
}
