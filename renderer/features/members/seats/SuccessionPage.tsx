import { useId, useRef } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Membership } from '../../../../shared/domain/membership';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { isoDateSchema } from '../../../../shared/domain/primitives';
import { deputiesAffectedBySuccession } from '../../../../shared/domain/seatSuccession';
import type { RegisterData } from '../../../../shared/register/registerView';
import { Field } from '../../../app/components/form/Field';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages } from '../../../app/i18n/useMessages';
import { navigate } from '../../../app/router';
import { recordSuccession } from '../../../db/repositories/membersRepository';
import { requiredDateField } from '../../../app/components/form/formDates';
import { useMembersUi } from '../membersUiState';
import { useFocusFirstInvalidField } from '../../../app/components/form/useFocusFirstInvalidField';
import { PageHeading } from '../PageHeading';
import { periodLabel } from '../periodLabel';
import { emptyPersonChoice, personChoiceSchema, toPersonChoice } from '../persons/personChoice';
import { PersonPicker } from '../persons/PersonPicker';
import { seatTitle } from './SeatPage';
import { showSubmitError } from '../../../app/components/form/submitErrors';
import { useRegisterData } from '../register/useRegisterData';
import { FormFooter } from '../../../app/components/form/FormFooter';
import { DateInputField } from '../../../app/components/dateFields/DateInputField';

export const successionFormSchema = z.object({
  changeDate: requiredDateField('changeDateRequired'),
  person: personChoiceSchema,
  carryOver: z.array(z.string()),
});
type SuccessionValues = z.input<typeof successionFormSchema>;

function SuccessionForm({ current, seat, data }: { current: Membership; seat: readonly Membership[]; data: RegisterData }) {
  const messages = useMessages();
  const t = messages.members;
  const db = useDatabase();
  const { showNotice } = useMembersUi();
  const carryId = useId();
  const holder = data.persons.find((p) => p.id === current.personId);
  const holderName = holder ? personWithFunction(holder) : '–';
  const ownDeputies = data.deputies.filter((d) => d.membershipId === current.id);
  const form = useForm<SuccessionValues>({
    resolver: zodResolver(successionFormSchema),
    defaultValues: { changeDate: '', person: emptyPersonChoice, carryOver: ownDeputies.map((d) => d.id) },
    // Focus follows the visual order (see useFocusFirstInvalidField).
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, setError, control, setValue } = form;
  const errors = formState.errors;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, formState.submitCount);
  const changeDate = useWatch({ control, name: 'changeDate' });
  const carryOver = useWatch({ control, name: 'carryOver' });
  const validChange = isoDateSchema.safeParse(changeDate).success ? changeDate : current.validFrom;
  const affected = deputiesAffectedBySuccession(ownDeputies, validChange);

  const onSubmit = handleSubmit(async (values) => {
    try {
      const successor = toPersonChoice(values.person);
      const affectedIds = new Set(deputiesAffectedBySuccession(ownDeputies, values.changeDate).map((d) => d.id));
      await recordSuccession(db, {
        currentMembershipId: current.id,
        successor,
        changeDate: values.changeDate,
        carryOverDeputyIds: values.carryOver.filter((id) => affectedIds.has(id)),
      });
      const name =
        successor.kind === 'new' ? personDisplayName(successor.person) : personDisplayName(data.persons.find((p) => p.id === successor.personId)!);
      showNotice({ kind: 'info', text: t.successionForm.saved(name, t.period.date(values.changeDate)) });
      navigate(`/members/seat/${current.seatId}`);
    } catch (error) {
      showSubmitError(error, setError, { changeDate: 'changeDate', personId: 'person.personId' });
    }
  });

  return (
    <section>
      <PageHeading back={{ path: `/members/seat/${current.seatId}`, label: t.back.seat }}>
        {t.successionForm.title}: {seatTitle(t, seat, data)}
      </PageHeading>
      <FormProvider {...form}>
        <form ref={formRef} className="panel form" onSubmit={onSubmit} noValidate>
          <p>{t.successionForm.current(holderName, periodLabel(t, current))}</p>
          <Field label={t.successionForm.changeDate} hint={t.successionForm.changeDateHint} error={errors.changeDate}>
            <DateInputField {...register('changeDate')} />
          </Field>
          <PersonPicker label={t.successionForm.successor} persons={data.persons} excludeIds={[current.personId]} />
          <fieldset className="subfields" aria-describedby={`${carryId}-hint`}>
            <legend>{t.successionForm.carryOver}</legend>
            <p id={`${carryId}-hint`} className="field-hint">
              {t.successionForm.carryOverHint}
            </p>
            {affected.length === 0 ? (
              <p className="muted">{t.successionForm.noDeputies}</p>
            ) : (
              affected.map((deputy) => {
                const person = data.persons.find((p) => p.id === deputy.personId);
                return (
                  <label key={deputy.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={carryOver.includes(deputy.id)}
                      onChange={(e) =>
                        setValue('carryOver', e.target.checked ? [...carryOver, deputy.id] : carryOver.filter((id) => id !== deputy.id))
                      }
                    />
                    {person ? personWithFunction(person) : '–'} <span className="muted">({periodLabel(t, deputy)})</span>
                  </label>
                );
              })
            )}
          </fieldset>
          <FormFooter
            rootError={errors.root}
            submitting={formState.isSubmitting}
            submitLabel={t.successionForm.title}
            cancelPath={`/members/seat/${current.seatId}`}
          />
        </form>
      </FormProvider>
    </section>
  );
}

/** "Nachfolge eintragen" for the latest holder of a seat. */
export function SuccessionPage({ seatId }: { seatId: string }) {
  const messages = useMessages();
  const data = useRegisterData();
  if (!data) return <p className="muted">{messages.common.loading}</p>;
  const seat = data.memberships.filter((m) => m.seatId === seatId).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const current = seat[seat.length - 1];
  if (!current) {
    return (
      <section>
        <PageHeading back={{ path: '/members', label: messages.members.back.register }}>{messages.members.successionForm.title}</PageHeading>
        <p className="notice warn">{messages.members.successionForm.noCurrent}</p>
      </section>
    );
  }
  return <SuccessionForm key={current.id} current={current} seat={seat} data={data} />;
}
