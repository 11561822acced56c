import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';
import { DateInputField } from '../dateFields/DateInputField';

type PeriodField = 'validFrom' | 'lastDay';

/**
 * The period of a membership, deputy or term as the user gives it: first day and the last day
 * (inclusive; empty while it runs). Stored as an exclusive end (formDates.ts).
 */
export function PeriodFields({
  labels,
  fields,
  errors,
}: {
  labels: { validFrom: string; lastDay: string; lastDayHint: string };
  fields: Record<PeriodField, UseFormRegisterReturn>;
  errors: Partial<Record<PeriodField, FieldError>>;
}) {
  return (
    <div className="field-row">
      <Field label={labels.validFrom} error={errors.validFrom}>
        <DateInputField {...fields.validFrom} />
      </Field>
      <Field label={labels.lastDay} hint={labels.lastDayHint} error={errors.lastDay}>
        <DateInputField {...fields.lastDay} />
      </Field>
    </div>
  );
}
