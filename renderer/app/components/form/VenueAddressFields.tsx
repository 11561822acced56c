import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { VenueAddressFormValues } from '../../../../shared/domain/venueAddress';
import { useMessages } from '../../i18n/useMessages';
import { Field } from './Field';

/**
 * Street, postcode and town of a venue (shared/domain/venueAddress.ts), for the territory's usual
 * venue and for a sitting's own venue. The form's values must contain the three flat fields.
 */
export function VenueAddressFields<T extends VenueAddressFormValues>({
  register,
  errors,
  hint,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  hint: string;
}) {
  const t = useMessages().letters.venue;
  // The three fields exist in every form that uses this component (T extends the flat address).
  const reg = register as unknown as UseFormRegister<VenueAddressFormValues>;
  const err = errors as FieldErrors<VenueAddressFormValues>;
  return (
    <fieldset className="venue-address">
      <legend>{t.legend}</legend>
      <p className="field-hint">{hint}</p>
      <Field label={t.street} error={err.venueStreet}>
        <input type="text" autoComplete="off" {...reg('venueStreet')} />
      </Field>
      <div className="field-row">
        <Field label={t.postalCode} error={err.venuePostalCode}>
          <input type="text" inputMode="numeric" autoComplete="off" maxLength={5} {...reg('venuePostalCode')} />
        </Field>
        <Field label={t.city} error={err.venueCity}>
          <input type="text" autoComplete="off" {...reg('venueCity')} />
        </Field>
      </div>
    </fieldset>
  );
}
