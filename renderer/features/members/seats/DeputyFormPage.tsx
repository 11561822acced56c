import { useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Deputy, Membership } from '../../../../shared/domain/membership';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { isValidOn } from '../../../../shared/domain/validity';
import type { RegisterData } from '../../../../shared/register/registerView';
import { useDatabase } from '../../../app/DatabaseContext';
import { todayIso } from '../../../app/format/dates';
import { useMessages } from '../../../app/i18n/useMessages';
import { navigate } from '../../../app/router';
import { addDeputy, updateDeputyPeriod } from '../../../db/repositories/deputiesRepository';
import { lastDayFieldFromValidTo, lastDayNotBeforeStart, optionalDateField, requiredDateField, validToFromLastDayField } from '../../../app/components/form/formDates';
import { useMembersUi } from '../membersUiState';
import { useFocusFirstInvalidField } from '../../../app/components/form/useFocusFirstInvalidField';
import { PageHeading } from '../PageHeading';
import { periodLabel } from '../periodLabel';
import { emptyPersonChoice, personChoiceSchema, toPersonChoice } from '../persons/personChoice';
import { PersonPicker } from '../persons/PersonPicker';
import { showSubmitError } from '../../../app/components/form/submitErrors';
import { useRegisterData } from '../register/useRegisterData';
import { FormFooter } from '../../../app/components/form/FormFooter';
import { PeriodFields } from '../../../app/components/form/PeriodFields';

const deputyPeriodFields = {
  validFrom: requiredDateField('deputyFromRequired'),
  lastDay: optionalDateField,
};
export const newDeputySchema = z
  .object({ person: personChoiceSchema, ...deputyPeriodFields })
  .superRefine((values, ctx) => lastDayNotBeforeStart(values, ctx));
export const deputyPeriodSchema = z.object(deputyPeriodFields).superRefine((values, ctx) => lastDayNotBeforeStart(values, ctx));

type NewDeputyValues = z.input<typeof newDeputySchema>;
type DeputyPeriodValues = z.input<typeof deputyPeriodSchema>;

function NewDeputyForm({ membership, data }: { membership: Membership; data: RegisterData }) {
  const t = useMessages().members;
  const db = useDatabase();
  const { showNotice } = useMembersUi();
  const holder = data.persons.find((p) => p.id === membership.personId);
  const holderName = holder ? personDisplayName(holder) : '–';
  const today = todayIso();
  const form = useForm<NewDeputyValues>({
    resolver: zodResolver(newDeputySchema),
    defaultValues: { person: emptyPersonChoice, validFrom: isValidOn(membership, today) ? today : membership.validFrom, lastDay: '' },
    // Focus follows the visual order (see useFocusFirstInvalidField).
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, formState.submitCount);
  const seatPath = `/members/seat/${membership.seatId}`;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await addDeputy(db, {
        membershipId: membership.id,
        person: toPersonChoice(values.person),
        validFrom: values.validFrom,
        validTo: validToFromLastDayField(values.lastDay),
      });
      showNotice({ kind: 'info', text: t.deputyForm.saved });
      navigate(seatPath);
    } catch (error) {
      showSubmitError(error, setError, { validFrom: 'validFrom', personId: 'person.personId' });
    }
  });

  return (
    <section>
      <PageHeading back={{ path: seatPath, label: t.back.seat }}>{t.deputyForm.newTitle(holderName)}</PageHeading>
      <FormProvider {...form}>
        <form ref={formRef} className="panel form" onSubmit={onSubmit} noValidate>
          <p>{t.deputyForm.member(holder ? personWithFunction(holder) : holderName, periodLabel(t, membership))}</p>
          <PersonPicker label={t.seat.deputyColumns.person} persons={data.persons} excludeIds={[membership.personId]} />
          <PeriodFields labels={t.deputyForm} fields={{ validFrom: register('validFrom'), lastDay: register('lastDay') }} errors={errors} />
          <FormFooter rootError={errors.root} submitting={formState.isSubmitting} cancelPath={seatPath} />
        </form>
      </FormProvider>
    </section>
  );
}

function EditDeputyForm({ deputy, membership, data }: { deputy: Deputy; membership: Membership; data: RegisterData }) {
  const t = useMessages().members;
  const db = useDatabase();
  const { showNotice } = useMembersUi();
  const person = data.persons.find((p) => p.id === deputy.personId);
  const holder = data.persons.find((p) => p.id === membership.personId);
  const { register, handleSubmit, formState, setError } = useForm<DeputyPeriodValues>({
    resolver: zodResolver(deputyPeriodSchema),
    defaultValues: { validFrom: deputy.validFrom, lastDay: lastDayFieldFromValidTo(deputy.validTo) },
    shouldFocusError: true,
  });
  const errors = formState.errors;
  const seatPath = `/members/seat/${membership.seatId}`;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await updateDeputyPeriod(db, deputy.id, { validFrom: values.validFrom, validTo: validToFromLastDayField(values.lastDay) });
      showNotice({ kind: 'info', text: t.deputyForm.saved });
      navigate(seatPath);
    } catch (error) {
      showSubmitError(error, setError, { validFrom: 'validFrom', personId: 'validFrom', validTo: 'lastDay' });
    }
  });

  return (
    <section>
      <PageHeading back={{ path: seatPath, label: t.back.seat }}>{t.deputyForm.editTitle(person ? personWithFunction(person) : '–')}</PageHeading>
      <form className="panel form" onSubmit={onSubmit} noValidate>
        <p>{t.deputyForm.member(holder ? personWithFunction(holder) : '–', periodLabel(t, membership))}</p>
        <PeriodFields labels={t.deputyForm} fields={{ validFrom: register('validFrom'), lastDay: register('lastDay') }} errors={errors} />
        <FormFooter rootError={errors.root} submitting={formState.isSubmitting} cancelPath={seatPath} />
      </form>
    </section>
  );
}

/** A standing deputy: new for a membership, or an existing entry's period. */
export function DeputyFormPage({ membershipId, deputyId }: { membershipId?: string; deputyId?: string }) {
  const messages = useMessages();
  const t = messages.members;
  const data = useRegisterData();
  if (!data) return <p className="muted">{messages.common.loading}</p>;
  const deputy = deputyId ? data.deputies.find((d) => d.id === deputyId) : undefined;
  const membership = data.memberships.find((m) => m.id === (deputy?.membershipId ?? membershipId));
  if (!membership || (deputyId && !deputy)) {
    return (
      <section>
        <PageHeading back={{ path: '/members', label: t.back.register }}>{t.seat.deputies}</PageHeading>
        <p className="notice warn">{deputyId ? t.deputyForm.notFound : t.membership.notFound}</p>
      </section>
    );
  }
  return deputy ? (
    <EditDeputyForm key={deputy.updatedAt} deputy={deputy} membership={membership} data={data} />
  ) : (
    <NewDeputyForm membership={membership} data={data} />
  );
}
