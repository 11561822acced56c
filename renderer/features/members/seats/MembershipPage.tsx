import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Membership } from '../../../../shared/domain/membership';
import { personDisplayName } from '../../../../shared/domain/person';
import { Field } from '../../../app/components/form/Field';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages } from '../../../app/i18n/useMessages';
import { navigate } from '../../../app/router';
import { updateMembership } from '../../../db/repositories/membersRepository';
import { deleteMembership, previewMembershipDeletion } from '../../../db/repositories/memberDeletionRepository';
import type { RegisterData } from '../../../../shared/register/registerView';
import { lastDayFieldFromValidTo, lastDayNotBeforeStart, optionalDateField, requiredDateField, validToFromLastDayField } from '../../../app/components/form/formDates';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { showSubmitError } from '../../../app/components/form/submitErrors';
import { useDeletion } from '../useDeletion';
import { useRegisterData } from '../register/useRegisterData';
import { FormFooter } from '../../../app/components/form/FormFooter';
import { PeriodFields } from '../../../app/components/form/PeriodFields';

export const membershipFormSchema = z
  .object({
    territoryId: z.string(),
    validFrom: requiredDateField('memberFromRequired'),
    lastDay: optionalDateField,
  })
  .superRefine((values, ctx) => lastDayNotBeforeStart(values, ctx));
type MembershipFormValues = z.input<typeof membershipFormSchema>;

function MembershipForm({ membership, data }: { membership: Membership; data: RegisterData }) {
  const messages = useMessages();
  const t = messages.members;
  const db = useDatabase();
  const { showNotice } = useMembersUi();
  const deletion = useDeletion();
  const holder = data.persons.find((p) => p.id === membership.personId);
  const name = holder ? personDisplayName(holder) : '–';
  const isHead = membership.category === 'head';
  const { register, handleSubmit, formState, setError } = useForm<MembershipFormValues>({
    resolver: zodResolver(membershipFormSchema),
    defaultValues: {
      territoryId: membership.territoryId ?? '',
      validFrom: membership.validFrom,
      lastDay: lastDayFieldFromValidTo(membership.validTo),
    },
    shouldFocusError: true,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await updateMembership(db, membership.id, {
        validFrom: values.validFrom,
        validTo: validToFromLastDayField(values.lastDay),
        territoryId: values.territoryId || undefined,
      });
      showNotice({ kind: 'info', text: t.membership.saved });
      navigate(`/members/seat/${membership.seatId}`);
    } catch (error) {
      showSubmitError(error, setError, { validFrom: 'validFrom', validTo: 'lastDay', territoryId: 'territoryId' });
    }
  });

  return (
    <section>
      <PageHeading back={{ path: `/members/seat/${membership.seatId}`, label: t.back.seat }}>{t.membership.editTitle(name)}</PageHeading>
      <form className="panel form" onSubmit={onSubmit} noValidate>
        <p>
          {t.categoryOne[membership.category]} · {t.categoryBodies[membership.category]}
        </p>
        <Field label={t.membership.territory} hint={isHead ? t.membership.territoryHint : undefined} error={errors.territoryId}>
          <select {...register('territoryId')} disabled={isHead}>
            <option value="">{t.membership.noTerritory}</option>
            {data.territories.map((territory) => (
              <option key={territory.id} value={territory.id}>
                {territory.name}
              </option>
            ))}
          </select>
        </Field>
        <PeriodFields labels={t.membership} fields={{ validFrom: register('validFrom'), lastDay: register('lastDay') }} errors={errors} />
        <FormFooter rootError={errors.root} submitting={formState.isSubmitting} cancelPath={`/members/seat/${membership.seatId}`} />
      </form>
      <div className="danger-zone">
        <button
          type="button"
          className="button danger"
          onClick={() =>
            void deletion.ask({
              preview: () => previewMembershipDeletion(db, membership.id),
              title: t.membership.deleteTitle,
              body: (rows) => t.membership.deleteBody(name, rows.deputies.length),
              remove: () => deleteMembership(db, membership.id),
              doneText: t.membership.deleted(name),
              after: () => navigate(data.memberships.some((m) => m.seatId === membership.seatId && m.id !== membership.id) ? `/members/seat/${membership.seatId}` : '/members'),
            })
          }
        >
          {t.membership.delete}
        </button>
      </div>
      {deletion.dialog}
    </section>
  );
}

/** Editing one membership: its period (and territory for non-heads), or deleting a mistaken entry. */
export function MembershipPage({ membershipId }: { membershipId: string }) {
  const messages = useMessages();
  const data = useRegisterData();
  if (!data) return <p className="muted">{messages.common.loading}</p>;
  const membership = data.memberships.find((m) => m.id === membershipId);
  if (!membership) {
    return (
      <section>
        <PageHeading back={{ path: '/members', label: messages.members.back.register }}>{messages.members.title}</PageHeading>
        <p className="notice warn">{messages.members.membership.notFound}</p>
      </section>
    );
  }
  return <MembershipForm key={membership.updatedAt} membership={membership} data={data} />;
}
