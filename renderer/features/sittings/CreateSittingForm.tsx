import { useLiveQuery } from 'dexie-react-hooks';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { bodySchema } from '../../../shared/domain/membership';
import { isoDateSchema, isoTimeSchema } from '../../../shared/domain/primitives';
import { useDatabase } from '../../app/DatabaseContext';
import { Field } from '../../app/components/form/Field';
import { useMessages } from '../../app/i18n/useMessages';
import { navigate } from '../../app/router';
import { createSitting } from '../../db/repositories/sittingsRepository';
import { DateInputField } from '../../app/components/dateFields/DateInputField';
import { TimeInputField } from '../../app/components/dateFields/TimeInputField';
import { VenueAddressFields } from '../../app/components/form/VenueAddressFields';
import { venueAddressFormShape, venueAddressFormValues, venueAddressFromForm } from '../../../shared/domain/venueAddress';

/** "Sitzung anlegen": one sitting by hand (the Sitzungsplan makes the year's sittings). */
export function CreateSittingForm({ onDone }: { onDone: () => void }) {
  const messages = useMessages();
  const t = messages.sittings.form;
  const common = messages.common;
  const db = useDatabase();
  const territories = useLiveQuery(() => db.domain('territories').orderBy('rotationIndex').toArray(), [db], []);

  const formSchema = z
    .object({
      date: isoDateSchema,
      start: isoTimeSchema,
      end: isoTimeSchema,
      body: bodySchema,
      hostTerritoryId: z.string(),
      venue: z.string().trim().min(1, t.venueRequired),
      title: z.string().trim(),
      ...venueAddressFormShape,
    })
    .refine((v) => v.start < v.end, { message: t.endAfterStart, path: ['end'] });
  type FormValues = z.infer<typeof formSchema>;

  const { register, handleSubmit, formState, setValue, getValues } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { date: '', start: '10:00', end: '12:00', body: 'extended', hostTerritoryId: '', venue: '', title: '', ...venueAddressFormValues(undefined) },
    shouldFocusError: true,
  });

  const hostField = register('hostTerritoryId', {
    onChange: (event: { target: { value: string } }) => {
      // Suggest the host's seat as venue while the user has not typed one.
      const host = territories.find((x) => x.id === event.target.value);
      if (host && !getValues('venue').trim()) setValue('venue', host.defaultVenue || host.seat);
    },
  });

  const onSubmit = handleSubmit(async ({ venueStreet, venuePostalCode, venueCity, ...values }) => {
    const venueAddress = venueAddressFromForm(values.venue, { venueStreet, venuePostalCode, venueCity });
    const sitting = await createSitting(db, { ...values, hostTerritoryId: values.hostTerritoryId || undefined, venueAddress });
    onDone();
    navigate(`/sittings/${sitting.id}`);
  });

  return (
    <form className="panel form create-sitting" onSubmit={onSubmit} noValidate aria-labelledby="create-sitting-title">
      <h2 id="create-sitting-title">{t.title}</h2>
      <div className="form-row">
        <Field label={t.date} error={formState.errors.date}>
          <DateInputField {...register('date')} />
        </Field>
        <Field label={t.start} error={formState.errors.start}>
          <TimeInputField {...register('start')} />
        </Field>
        <Field label={t.end} error={formState.errors.end}>
          <TimeInputField {...register('end')} />
        </Field>
      </div>
      <div className="form-row">
        <Field label={t.body}>
          <select {...register('body')}>
            <option value="extended">{messages.sittings.bodies.extended}</option>
            <option value="core">{messages.sittings.bodies.core}</option>
          </select>
        </Field>
        <Field label={t.host}>
          <select {...hostField}>
            <option value="">{t.noHost}</option>
            {territories.map((territory) => (
              <option key={territory.id} value={territory.id}>
                {territory.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t.venue} error={formState.errors.venue} hint={t.venueHint}>
        <input type="text" {...register('venue')} />
      </Field>
      <VenueAddressFields register={register} errors={formState.errors} hint={messages.letters.venue.sittingHint} />
      <Field label={t.titleField}>
        <input type="text" {...register('title')} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={formState.isSubmitting}>
          {t.submit}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {common.actions.cancel}
        </button>
      </div>
    </form>
  );
}
