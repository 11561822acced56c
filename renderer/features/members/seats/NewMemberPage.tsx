import { useRef } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { memberCategories, memberCategorySchema } from '../../../../shared/domain/membership';
import { Field } from '../../../app/components/form/Field';
import { useDatabase } from '../../../app/DatabaseContext';
import { todayIso } from '../../../app/format/dates';
import { useMessages } from '../../../app/i18n/useMessages';
import { navigate } from '../../../app/router';
import { createMembership } from '../../../db/repositories/membersRepository';
import { lastDayNotBeforeStart, optionalDateField, requiredDateField, validToFromLastDayField } from '../../../app/components/form/formDates';
import { useMembersUi } from '../membersUiState';
import { useFocusFirstInvalidField } from '../../../app/components/form/useFocusFirstInvalidField';
import { PageHeading } from '../PageHeading';
import { emptyPersonChoice, personChoiceSchema, toPersonChoice } from '../persons/personChoice';
import { PersonPicker } from '../persons/PersonPicker';
import { showSubmitError } from '../../../app/components/form/submitErrors';
import { useRegisterData } from '../register/useRegisterData';
import { personDisplayName } from '../../../../shared/domain/person';
import { FormFooter } from '../../../app/components/form/FormFooter';
import { PeriodFields } from '../../../app/components/form/PeriodFields';

export const newMemberSchema = z
  .object({
    person: personChoiceSchema,
    category: memberCategorySchema,
    territoryId: z.string(),
    validFrom: requiredDateField('memberFromRequired'),
    lastDay: optionalDateField,
  })
  .superRefine((values, ctx) => {
    if (values.category === 'head' && !values.territoryId) {
      ctx.addIssue({ code: 'custom', path: ['territoryId'], message: 'territoryRequired' });
    }
    lastDayNotBeforeStart(values, ctx);
  });
type NewMemberValues = z.input<typeof newMemberSchema>;

/** "Mitglied hinzufügen": a person (existing or new) gets a membership on the right seat. */
export function NewMemberPage() {
  const t = useMessages().members;
  const db = useDatabase();
  const data = useRegisterData();
  const { showNotice } = useMembersUi();
  const form = useForm<NewMemberValues>({
    resolver: zodResolver(newMemberSchema),
    defaultValues: { person: emptyPersonChoice, category: 'personality', territoryId: '', validFrom: todayIso(), lastDay: '' },
    // Focus follows the visual order (see useFocusFirstInvalidField).
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const errors = formState.errors;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, formState.submitCount);
  const category = useWatch({ control, name: 'category' });

  const onSubmit = handleSubmit(async (values) => {
    try {
      const person = toPersonChoice(values.person);
      const membership = await createMembership(db, {
        person,
        category: values.category,
        territoryId: values.territoryId || undefined,
        validFrom: values.validFrom,
        validTo: validToFromLastDayField(values.lastDay),
      });
      const name =
        person.kind === 'new'
          ? personDisplayName(person.person)
          : personDisplayName(data?.persons.find((p) => p.id === person.personId) ?? { title: '', firstName: '', lastName: '' });
      showNotice({ kind: 'info', text: t.membership.created(name) });
      navigate(`/members/seat/${membership.seatId}`);
    } catch (error) {
      showSubmitError(error, setError, { validFrom: 'validFrom', territoryId: 'territoryId', personId: 'person.personId' });
    }
  });

  return (
    <section>
      <PageHeading back={{ path: '/members', label: t.back.register }}>{t.membership.newTitle}</PageHeading>
      <FormProvider {...form}>
        <form ref={formRef} className="panel form" onSubmit={onSubmit} noValidate>
          <PersonPicker label={t.picker.person} persons={data?.persons ?? []} />
          <div className="field-row">
            <Field label={t.membership.category} hint={t.categoryBodies[category]} error={errors.category}>
              <select {...register('category')}>
                {memberCategories.map((c) => (
                  <option key={c} value={c}>
                    {t.categoryOne[c]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t.membership.territory} hint={category === 'head' ? t.membership.territoryHint : undefined} error={errors.territoryId}>
              <select {...register('territoryId')}>
                <option value="">{t.membership.noTerritory}</option>
                {(data?.territories ?? []).map((territory) => (
                  <option key={territory.id} value={territory.id}>
                    {territory.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <PeriodFields labels={t.membership} fields={{ validFrom: register('validFrom'), lastDay: register('lastDay') }} errors={errors} />
          <FormFooter rootError={errors.root} submitting={formState.isSubmitting} cancelPath="/members" />
        </form>
      </FormProvider>
    </section>
  );
}
