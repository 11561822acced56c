import { useAutosave } from '../../../app/autosave/useAutosave';

/**
 * The reason of an absence. It saves itself like every text of the minutes (useAutosave): shortly
 * after typing, at once on blur, with a crash-safe copy meanwhile; a late database echo never
 * reverts what is being typed.
 */
export function ReasonField({
  id,
  saveKey,
  label,
  placeholder,
  stored,
  onSave,
}: {
  id?: string | undefined;
  saveKey: string;
  label: string;
  placeholder: string;
  stored: string;
  onSave: (reason: string) => Promise<unknown>;
}) {
  const { draft, setDraft, onFocus, onBlur } = useAutosave({ key: saveKey, stored, save: onSave });
  return (
    <input
      id={id}
      type="text"
      className="reason-input"
      aria-label={label}
      placeholder={placeholder}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
    />
  );
}
