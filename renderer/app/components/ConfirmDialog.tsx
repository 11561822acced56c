import { useEffect, useId, useRef } from 'react';

/**
 * A modal question in the native <dialog> element: focus moves into it and returns afterwards,
 * Escape cancels. Where showModal is missing (jsdom in component tests) it opens non-modally.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  danger = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  /** Optional when the title already asks the whole question. */
  body?: string | undefined;
  confirmLabel: string;
  /** Without a cancel label the dialog only informs (one button). */
  cancelLabel?: string | undefined;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal !== 'function') dialog.setAttribute('open', '');
    else if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLButtonElement>(cancelLabel ? 'button[data-cancel]' : 'button[data-confirm]')?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      opener?.focus();
    };
  }, [cancelLabel]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={body ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {body && <p id={bodyId}>{body}</p>}
      <div className="form-actions">
        <button type="button" data-confirm className={`button ${danger ? 'danger' : 'primary'}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
        {cancelLabel && (
          <button type="button" data-cancel className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        )}
      </div>
    </dialog>
  );
}
