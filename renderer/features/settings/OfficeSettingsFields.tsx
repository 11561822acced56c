import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '../../app/components/form/Field';
import { useMessages } from '../../app/i18n/useMessages';
import './settings.css';

export interface OfficeFormValues {
  officeName?: string | undefined;
  officeStreet?: string | undefined;
  officePostalCode?: string | undefined;
  officeCity?: string | undefined;
  contactName?: string | undefined;
  contactPhone?: string | undefined;
  contactEmail?: string | undefined;
  signerName?: string | undefined;
  signerFunction?: string | undefined;
  signerOnBehalf?: boolean | undefined;
}

/** The Geschäftsstelle as sender of letters and organizer of the calendar file. */
export function OfficeSettingsFields({ register, errors }: { register: UseFormRegister<OfficeFormValues>; errors: FieldErrors<OfficeFormValues> }) {
  const t = useMessages().letters.settings;
  return (
    <fieldset className="settings-fieldset">
      <legend>{t.officeTitle}</legend>
      <p className="muted">{t.officeHint}</p>
      <Field label={t.officeName} error={errors.officeName}>
        <input type="text" {...register('officeName')} />
      </Field>
      <div className="settings-row">
        <Field label={t.officeStreet} error={errors.officeStreet}>
          <input type="text" autoComplete="off" {...register('officeStreet')} />
        </Field>
        <Field label={t.officePostalCode} error={errors.officePostalCode}>
          <input type="text" inputMode="numeric" maxLength={5} className="postal-code" autoComplete="off" {...register('officePostalCode')} />
        </Field>
        <Field label={t.officeCity} error={errors.officeCity}>
          <input type="text" autoComplete="off" {...register('officeCity')} />
        </Field>
      </div>
      <div className="settings-row">
        <Field label={t.contactName} error={errors.contactName}>
          <input type="text" autoComplete="off" {...register('contactName')} />
        </Field>
        <Field label={t.contactPhone} error={errors.contactPhone}>
          <input type="tel" autoComplete="off" {...register('contactPhone')} />
        </Field>
        <Field label={t.contactEmail} error={errors.contactEmail}>
          <input type="email" autoComplete="off" {...register('contactEmail')} />
        </Field>
      </div>
      <div className="settings-row">
        <Field label={t.signerName} error={errors.signerName}>
          <input type="text" autoComplete="off" {...register('signerName')} />
        </Field>
        <Field label={t.signerFunction} error={errors.signerFunction}>
          <input type="text" autoComplete="off" {...register('signerFunction')} />
        </Field>
      </div>
      <label className="settings-check">
        <input type="checkbox" {...register('signerOnBehalf')} />
        {t.signerOnBehalf}
      </label>
    </fieldset>
  );
}
