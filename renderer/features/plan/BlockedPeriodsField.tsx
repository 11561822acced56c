import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { saxonSchoolHolidaysFor } from '../../../shared/plan/saxonSchoolHolidays';
import { Field } from '../../app/components/form/Field';
import { useMessages } from '../../app/i18n/useMessages';
import type { PlanFormValues } from './planFormSchema';
import { useState } from 'react';
import { DateInputField } from '../../app/components/dateFields/DateInputField';

/** Blocked periods (school holidays or any range): one row each, plus the stored Saxon school holidays. */
export function BlockedPeriodsField({
  year,
  control,
  register,
  errors,
}: {
  year: number;
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>['blockedPeriods'];
}) {
  const t = useMessages().plan.form;
  const { fields, append, remove } = useFieldArray({ control, name: 'blockedPeriods' });
  const [note, setNote] = useState('');

  const addSchoolHolidays = () => {
    const ranges = saxonSchoolHolidaysFor(year);
    if (ranges.length === 0) {
      setNote(t.schoolHolidaysNone(year));
      return;
    }
    const present = new Set(fields.map((f) => `${f.from}/${f.to}`));
    append(ranges.filter((r) => !present.has(`${r.from}/${r.to}`)));
    setNote(t.schoolHolidaysHint);
  };

  return (
    <fieldset className="plan-fieldset">
      <legend>{t.blocked}</legend>
      <p className="field-hint">{t.blockedHint}</p>
      {fields.map((field, index) => (
        <div key={field.id} className="blocked-row">
          <Field label={t.blockedLabel} error={errors?.[index]?.label}>
            <input type="text" {...register(`blockedPeriods.${index}.label`)} />
          </Field>
          <Field label={t.blockedFrom} error={errors?.[index]?.from}>
            <DateInputField {...register(`blockedPeriods.${index}.from`)} />
          </Field>
          <Field label={t.blockedTo} error={errors?.[index]?.to}>
            <DateInputField {...register(`blockedPeriods.${index}.to`)} />
          </Field>
          <button type="button" className="button small danger" aria-label={t.blockedRemove(field.label || String(index + 1))} onClick={() => remove(index)}>
            ✕
          </button>
        </div>
      ))}
      <div className="toolbar">
        <button type="button" className="button small" onClick={() => append({ label: '', from: '', to: '' })}>
          {t.blockedAdd}
        </button>
        <button type="button" className="button small" onClick={addSchoolHolidays}>
          {t.schoolHolidays(year)}
        </button>
      </div>
      <p className="field-hint" role="status">
        {note}
      </p>
    </fieldset>
  );
}
