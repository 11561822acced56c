import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { personSchema } from '../../../../shared/domain/person';
import { Field } from '../../../app/components/form/Field';
import { useMessages } from '../../../app/i18n/useMessages';
import type { NewDeputy } from '../../../db/repositories/attendanceRepository';

const newDeputySchema = personSchema.pick({ title: true, firstName: true, lastName: true, function: true, organization: true });

/** A deputy who is not in the register yet: becomes a person, saved together with the attendance. */
export function NewDeputyForm({
  memberName,
  onSubmit,
  onCancel,
}: {
  memberName: string;
  onSubmit: (deputy: NewDeputy) => Promise<boolean>;
  onCancel: () => void;
}) {
  const messages = useMessages();
  const t = messages.sittings.attendance;
  const { register, handleSubmit, formState, setFocus } = useForm<z.infer<typeof newDeputySchema>>({
    resolver: zodResolver(newDeputySchema),
    defaultValues: { title: '', firstName: '', lastName: '', function: '', organization: '' },
    shouldFocusError: true,
  });
  useEffect(() => setFocus('firstName'), [setFocus]);

  return (
    <form
      className="new-deputy-form"
      aria-label={t.newPersonTitle(memberName)}
      noValidate
      onSubmit={handleSubmit(async (values) => {
        await onSubmit(values);
      })}
    >
      <p className="new-deputy-title">{t.newPersonTitle(memberName)}</p>
      <div className="form-row">
        <Field label={t.firstName} error={formState.errors.firstName}>
          <input type="text" autoComplete="off" {...register('firstName')} />
        </Field>
        <Field label={t.lastName} error={formState.errors.lastName}>
          <input type="text" autoComplete="off" {...register('lastName')} />
        </Field>
        <Field label={t.personTitle}>
          <input type="text" autoComplete="off" className="narrow" {...register('title')} />
        </Field>
      </div>
      <div className="form-row">
        <Field label={t.function}>
          <input type="text" autoComplete="off" {...register('function')} />
        </Field>
        <Field label={t.organization}>
          <input type="text" autoComplete="off" {...register('organization')} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={formState.isSubmitting}>
          {t.takeOver}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {messages.common.actions.cancel}
        </button>
      </div>
    </form>
  );
}
