import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { functionAccusative } from '../../../../shared/domain/functionCase';
import { Field } from '../../../app/components/form/Field';
import { useMessages } from '../../../app/i18n/useMessages';

export interface PersonLetterValues {
  function: string;
  salutation?: 'Herr' | 'Frau' | '' | undefined;
  functionAccusative?: string | undefined;
  street?: string | undefined;
  postalCode?: string | undefined;
  city?: string | undefined;
  addressIsOrganization?: boolean | undefined;
}

/** Form of address, the accusative of the function, and the postal address for letters. */
export function PersonLetterFields({
  register,
  control,
  errors,
}: {
  register: UseFormRegister<PersonLetterValues>;
  control: Control<PersonLetterValues>;
  errors: FieldErrors<PersonLetterValues>;
}) {
  const t = useMessages().letters.person;
  const fn = useWatch({ control, name: 'function' }) ?? '';
  return (
    <fieldset className="person-letter-fields">
      <legend>{t.addressTitle}</legend>
      <div className="field-row">
        <Field label={t.salutation} error={errors.salutation}>
          <select {...register('salutation')}>
            <option value="">{t.salutationNone}</option>
            <option value="Herr">{t.salutationHerr}</option>
            <option value="Frau">{t.salutationFrau}</option>
          </select>
        </Field>
        <Field label={t.functionAccusative} hint={fn.trim() ? t.functionAccusativeHint(functionAccusative(fn)) : undefined} error={errors.functionAccusative}>
          <input type="text" autoComplete="off" {...register('functionAccusative')} />
        </Field>
      </div>
      <div className="field-row">
        <Field label={t.street} error={errors.street}>
          <input type="text" autoComplete="off" {...register('street')} />
        </Field>
        <Field label={t.postalCode} error={errors.postalCode}>
          <input type="text" inputMode="numeric" maxLength={5} autoComplete="off" className="postal-code" {...register('postalCode')} />
        </Field>
        <Field label={t.city} error={errors.city}>
          <input type="text" autoComplete="off" {...register('city')} />
        </Field>
      </div>
      <label className="check-line">
        <input type="checkbox" {...register('addressIsOrganization')} />
        {t.addressIsOrganization}
      </label>
      <p className="field-hint">{t.addressHint}</p>
    </fieldset>
  );
}
