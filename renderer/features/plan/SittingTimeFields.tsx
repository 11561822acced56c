import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../app/components/form/Field';
import { useMessages } from '../../app/i18n/useMessages';
import { DateInputField } from '../../app/components/dateFields/DateInputField';
import { TimeInputField } from '../../app/components/dateFields/TimeInputField';

type TimeField = 'date' | 'start' | 'end';

/** Date, start and end of one sitting in one row (move a sitting, add an extra one). */
export function SittingTimeFields({
  dateLabel,
  fields,
  errors,
}: {
  dateLabel: string;
  fields: Record<TimeField, UseFormRegisterReturn>;
  errors: Partial<Record<TimeField, FieldError>>;
}) {
  const t = useMessages().plan;
  return (
    <div className="field-row">
      <Field label={dateLabel} error={errors.date}>
        <DateInputField {...fields.date} />
      </Field>
      <Field label={t.form.start} error={errors.start}>
        <TimeInputField {...fields.start} />
      </Field>
      <Field label={t.form.end} error={errors.end}>
        <TimeInputField {...fields.end} />
      </Field>
    </div>
  );
}
