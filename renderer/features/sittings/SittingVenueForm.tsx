import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Sitting } from '../../../shared/domain/sitting';
import { venueAddressFormShape, venueAddressFormValues, venueAddressFromForm } from '../../../shared/domain/venueAddress';
import { Field } from '../../app/components/form/Field';
import { VenueAddressFields } from '../../app/components/form/VenueAddressFields';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages } from '../../app/i18n/useMessages';
import { saveSittingVenue } from '../../db/repositories/sittingsRepository';

const venueFormSchema = z.object({ venue: z.string().trim().min(1, 'venueRequired'), ...venueAddressFormShape });
type VenueFormValues = z.input<typeof venueFormSchema>;

/**
 * "Tagungsort bearbeiten": the venue's name and postal address for this sitting. Left empty, the
 * address of the host's usual venue applies (shared/sittings/venue.ts).
 */
export function SittingVenueForm({ sitting, onDone }: { sitting: Sitting; onDone: (message: string) => void }) {
  const messages = useMessages();
  const t = messages.letters.venue;
  const db = useDatabase();
  // The sitting's own address only while it belongs to its venue (a plan change may have renamed it).
  const own = sitting.venueAddress && sitting.venueAddress.name === sitting.venue ? sitting.venueAddress : undefined;
  const { register, handleSubmit, formState } = useForm<VenueFormValues>({
    resolver: zodResolver(venueFormSchema),
    defaultValues: { venue: sitting.venue, ...venueAddressFormValues(own) },
    shouldFocusError: true,
  });

  const onSubmit = handleSubmit(async ({ venue, ...address }) => {
    try {
      await saveSittingVenue(db, sitting.id, venue, venueAddressFromForm(venue, address));
      onDone(t.saved);
    } catch (error) {
      onDone(messages.sittings.attendance.saveFailed(error instanceof Error ? error.message : String(error)));
    }
  });

  return (
    <form className="form sitting-venue-form" onSubmit={onSubmit} noValidate aria-label={t.edit}>
      <Field label={t.name} error={formState.errors.venue}>
        <input type="text" {...register('venue')} />
      </Field>
      <VenueAddressFields register={register} errors={formState.errors} hint={t.sittingHint} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={formState.isSubmitting}>
          {t.save}
        </button>
        <button type="button" className="button" onClick={() => onDone('')}>
          {messages.common.actions.cancel}
        </button>
      </div>
    </form>
  );
}
