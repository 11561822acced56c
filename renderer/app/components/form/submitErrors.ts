import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ValidationError } from '../../../db/rowWriter';
import { MemberRuleError } from '../../../db/repositories/memberRuleError';

/**
 * Puts a refused save back into the form: a register rule's message at its field (focused), a
 * schema message at its field, anything else as the form's own error. Returns true when shown
 * at a field. `fields` maps repository field names to this form's field paths.
 */
export function showSubmitError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: Partial<Record<string, Path<T>>>,
): boolean {
  if (error instanceof MemberRuleError) {
    const field = fields[error.field];
    if (field) {
      setError(field, { type: 'rule', message: error.message }, { shouldFocus: true });
      return true;
    }
  }
  if (error instanceof ValidationError) {
    let shown = false;
    for (const issue of error.issues) {
      const field = fields[issue.path];
      if (field) {
        setError(field, { type: 'schema', message: issue.message }, { shouldFocus: !shown });
        shown = true;
      }
    }
    if (shown) return true;
  }
  // A code (or a refused row's first code): FormFooter shows it in the UI language.
  const message = error instanceof ValidationError && error.issues[0] ? error.issues[0].message : error instanceof Error ? error.message : String(error);
  setError('root' as Path<T>, { type: 'save', message });
  return false;
}
