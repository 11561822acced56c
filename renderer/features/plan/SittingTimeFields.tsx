import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../app/components/Field';
import { useMessages } from '../../app/i18n/useMessages';

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
        <input type="date" {...fields.date} />
      </Field>
      <Field label={t.form.start} error={errors.start}>
        <input type="time" {...fields.start} />
      </Field>
      <Field label={t.form.end} error={errors.end}>
        <input type="time" {...fields.end} />
      </Field>
    </div>
  );
}
