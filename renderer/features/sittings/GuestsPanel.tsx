import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { guestSchema } from '../../../shared/domain/sitting';
import { useDatabase } from '../../app/DatabaseContext';
import { Field } from '../../app/components/form/Field';
import { useMessages } from '../../app/i18n/useMessages';
import { errorText } from '../../app/i18n/errorText';
import { addGuest, removeGuest } from '../../db/repositories/guestsRepository';
import type { SittingView } from './loadSittingView';

const guestFormSchema = guestSchema.pick({ name: true, function: true, organization: true });
type GuestForm = z.infer<typeof guestFormSchema>;

/**
 * Guests of the sitting (name, function, organization): listed apart from the members. Read-only
 * once the minutes are approved (the guests are printed in them).
 */
export function GuestsPanel({ view }: { view: SittingView }) {
  const messages = useMessages();
  const t = messages.sittings;
  const db = useDatabase();
  const [error, setError] = useState('');
  const readOnly = !!view.approvedMinutes;
  const { register, handleSubmit, formState, reset, setFocus } = useForm<GuestForm>({
    resolver: zodResolver(guestFormSchema),
    defaultValues: { name: '', function: '', organization: '' },
    shouldFocusError: true,
  });

  const onSubmit = handleSubmit(async (values) => {
    try {
      await addGuest(db, view.sitting.id, values);
      reset();
      setFocus('name');
      setError('');
    } catch (e) {
      setError(t.attendance.saveFailed(errorText(messages, e)));
    }
  });

  const remove = async (guestId: string) => {
    try {
      await removeGuest(db, guestId);
      setError('');
    } catch (e) {
      setError(t.attendance.saveFailed(errorText(messages, e)));
    }
  };

  return (
    <section className="panel" aria-labelledby="guests-title">
      <h2 id="guests-title">{t.guests.title}</h2>
      {view.guests.length === 0 ? (
        <p className="muted">{t.guests.empty}</p>
      ) : (
        <ul className="plain-list guest-list">
          {view.guests.map((guest) => (
            <li key={guest.id}>
              <span>
                <strong>{guest.name}</strong>
                {(guest.function || guest.organization) && (
                  <span className="muted"> · {[guest.function, guest.organization].filter(Boolean).join(', ')}</span>
                )}
              </span>
              {!readOnly && (
                <button type="button" className="button small" aria-label={t.guests.remove(guest.name)} onClick={() => void remove(guest.id)}>
                  {t.guests.removeShort}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="guest-form" onSubmit={onSubmit} noValidate aria-label={t.guests.add}>
          <Field label={t.guests.name} error={formState.errors.name}>
            <input type="text" autoComplete="off" {...register('name')} />
          </Field>
          <Field label={t.guests.function} error={formState.errors.function}>
            <input type="text" autoComplete="off" {...register('function')} />
          </Field>
          <Field label={t.guests.organization} error={formState.errors.organization}>
            <input type="text" autoComplete="off" {...register('organization')} />
          </Field>
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t.guests.add}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
