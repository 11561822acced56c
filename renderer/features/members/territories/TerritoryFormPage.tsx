import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { territoryKinds, territorySchema, type Territory } from '../../../../shared/domain/territory';
import { Field } from '../../../app/components/form/Field';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages } from '../../../app/i18n/useMessages';
import { navigate } from '../../../app/router';
import { updateTerritory, type TerritoryFields } from '../../../db/repositories/territoriesRepository';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { showSubmitError } from '../../../app/components/form/submitErrors';
import { useRegisterData } from '../register/useRegisterData';
import { FormFooter } from '../../../app/components/form/FormFooter';
import { VenueAddressFields } from '../../../app/components/form/VenueAddressFields';
import { venueAddressFormShape, venueAddressFormValues, venueAddressFromForm } from '../../../../shared/domain/venueAddress';

export const territoryFormSchema = territorySchema
  .pick({ name: true, kind: true, headTitle: true, seat: true, defaultVenue: true, rotationIndex: true })
  .extend(venueAddressFormShape);
type TerritoryFormValues = z.input<typeof territoryFormSchema>;
type TerritoryFormOutput = z.output<typeof territoryFormSchema>;

function TerritoryForm({ territory, count }: { territory: Territory; count: number }) {
  const messages = useMessages();
  const t = messages.members.territories;
  const db = useDatabase();
  const { showNotice } = useMembersUi();
  const { register, handleSubmit, formState, setError } = useForm<TerritoryFormValues, unknown, TerritoryFormOutput>({
    resolver: zodResolver(territoryFormSchema),
    defaultValues: { ...territory, ...venueAddressFormValues(territory.venueAddress) },
    shouldFocusError: true,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async ({ venueStreet, venuePostalCode, venueCity, ...values }) => {
    // The address belongs to the usual venue typed above it (shared/domain/venueAddress.ts).
    const fields: TerritoryFields = { ...values, venueAddress: venueAddressFromForm(values.defaultVenue, { venueStreet, venuePostalCode, venueCity }) };
    try {
      await updateTerritory(db, territory.id, fields);
      showNotice({ kind: 'info', text: t.saved });
      navigate('/members/territories');
    } catch (error) {
      showSubmitError(error, setError, { name: 'name', headTitle: 'headTitle', seat: 'seat' });
    }
  });

  return (
    <section>
      <PageHeading back={{ path: '/members/territories', label: messages.members.back.territories }}>{t.editTitle(territory.name)}</PageHeading>
      <form className="panel form" onSubmit={onSubmit} noValidate>
        <div className="field-row">
          <Field label={t.name} error={errors.name}>
            <input type="text" {...register('name')} />
          </Field>
          <Field label={t.kind} error={errors.kind}>
            <select {...register('kind')}>
              {territoryKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t.kinds[kind]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="field-row">
          <Field label={t.headTitle} error={errors.headTitle}>
            <input type="text" {...register('headTitle')} />
          </Field>
          <Field label={t.seat} error={errors.seat}>
            <input type="text" {...register('seat')} />
          </Field>
        </div>
        <Field label={t.defaultVenue} hint={t.defaultVenueHint} error={errors.defaultVenue}>
          <input type="text" {...register('defaultVenue')} />
        </Field>
        <VenueAddressFields register={register} errors={errors} hint={messages.letters.venue.territoryHint} />
        <Field label={t.rotationPlace} error={errors.rotationIndex}>
          <select {...register('rotationIndex', { valueAsNumber: true })}>
            {Array.from({ length: Math.max(count, 1) }, (_, index) => (
              <option key={index} value={index}>
                {t.place(index + 1)}
              </option>
            ))}
          </select>
        </Field>
        <FormFooter rootError={errors.root} submitting={formState.isSubmitting} cancelPath="/members/territories" />
      </form>
    </section>
  );
}

/** Name, kind, head title, seat, usual venue and rotation place of a territory. */
export function TerritoryFormPage({ territoryId }: { territoryId: string }) {
  const messages = useMessages();
  const data = useRegisterData();
  if (!data) return <p className="muted">{messages.common.loading}</p>;
  const territory = data.territories.find((x) => x.id === territoryId);
  if (!territory) {
    return (
      <section>
        <PageHeading back={{ path: '/members/territories', label: messages.members.back.territories }}>{messages.members.territories.title}</PageHeading>
        <p className="notice warn">{messages.members.territories.notFound}</p>
      </section>
    );
  }
  return <TerritoryForm key={territory.updatedAt} territory={territory} count={data.territories.length} />;
}
