import { useForm, type Control, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { personSchema, type Person } from '../../../../shared/domain/person';
import { Field } from '../../../app/components/form/Field';
import { useMessages } from '../../../app/i18n/useMessages';
import type { PersonFields } from '../../../db/repositories/membersRepository';
import { showSubmitError } from '../../../app/components/form/submitErrors';
import { FormFooter } from '../../../app/components/form/FormFooter';
import { PersonLetterFields, type PersonLetterValues } from './PersonLetterFields';

export const personFormSchema = personSchema.omit({ id: true, updatedAt: true });
type PersonFormValues = z.input<typeof personFormSchema>;

export const emptyPersonFields: PersonFields = {
  title: '',
  firstName: '',
  lastName: '',
  function: '',
  organization: '',
  email: '',
  phone: '',
  notes: '',
  salutation: '',
  functionAccusative: '',
  street: '',
  postalCode: '',
  city: '',
  addressIsOrganization: false,
};

/** Name, function, organization and contact of a person; saves only valid input. */
export function PersonForm({ initial, onSave }: { initial: PersonFields | Person; onSave: (fields: PersonFields) => Promise<unknown> }) {
  const t = useMessages().members.person;
  const { register, control, handleSubmit, formState, setError } = useForm<PersonFormValues, unknown, PersonFields>({
    resolver: zodResolver(personFormSchema),
    defaultValues: {
      title: initial.title,
      firstName: initial.firstName,
      lastName: initial.lastName,
      function: initial.function,
      organization: initial.organization,
      email: initial.email,
      phone: initial.phone,
      notes: initial.notes,
      salutation: initial.salutation ?? '',
      functionAccusative: initial.functionAccusative ?? '',
      street: initial.street ?? '',
      postalCode: initial.postalCode ?? '',
      city: initial.city ?? '',
      addressIsOrganization: initial.addressIsOrganization ?? false,
    },
    shouldFocusError: true,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await onSave(values);
    } catch (error) {
      showSubmitError(error, setError, { firstName: 'firstName', lastName: 'lastName', email: 'email' });
    }
  });

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate>
      <div className="field-row">
        <Field label={t.title} hint={t.titleHint} error={errors.title}>
          <input type="text" {...register('title')} />
        </Field>
        <Field label={t.firstName} error={errors.firstName}>
          <input type="text" autoComplete="off" {...register('firstName')} />
        </Field>
        <Field label={t.lastName} error={errors.lastName}>
          <input type="text" autoComplete="off" {...register('lastName')} />
        </Field>
      </div>
      <Field label={t.function} hint={t.functionHint} error={errors.function}>
        <input type="text" {...register('function')} />
      </Field>
      <Field label={t.organization} error={errors.organization}>
        <input type="text" {...register('organization')} />
      </Field>
      <div className="field-row">
        <Field label={t.email} error={errors.email}>
          <input type="email" autoComplete="off" {...register('email')} />
        </Field>
        <Field label={t.phone} error={errors.phone}>
          <input type="tel" autoComplete="off" {...register('phone')} />
        </Field>
      </div>
      <PersonLetterFields
        register={register as unknown as UseFormRegister<PersonLetterValues>}
        control={control as unknown as Control<PersonLetterValues>}
        errors={errors}
      />
      <Field label={t.notes} error={errors.notes}>
        <textarea rows={3} {...register('notes')} />
      </Field>
      <FormFooter rootError={errors.root} submitting={formState.isSubmitting} />
    </form>
  );
}
