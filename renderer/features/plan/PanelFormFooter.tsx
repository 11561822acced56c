/** The end of a change panel's form: why it was not saved, then its one button. */
export function PanelFormFooter({
  error,
  submitLabel,
  submitting = false,
  danger = false,
}: {
  error: string | null;
  submitLabel: string;
  submitting?: boolean;
  /** A change that takes something away (cancelling a sitting). */
  danger?: boolean;
}) {
  return (
    <>
      {error && (
        <p className="notice danger" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={`button ${danger ? 'danger' : 'primary'}`} disabled={submitting}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
