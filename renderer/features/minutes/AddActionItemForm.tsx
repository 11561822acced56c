import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { actionItemSchema } from '../../../shared/domain/minutes';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages } from '../../app/i18n/useMessages';
import { Field } from '../../app/components/form/Field';
import { addActionItem } from '../../db/repositories/actionItemRepository';
import { useActionError } from './useActionError';
import { DateInputField } from '../../app/components/dateFields/DateInputField';

const addSchema = z.object({
  text: actionItemSchema.shape.text,
  owner: actionItemSchema.shape.owner,
  due: z.union([z.literal(''), actionItemSchema.shape.due.unwrap()]),
});

type AddValues = z.infer<typeof addSchema>;

export function AddActionItemForm({
  sittingId,
  agendaItemId,
  peopleListId,
  onClose,
}: {
  sittingId: string;
  agendaItemId: string;
  peopleListId: string;
  onClose: () => void;
}) {
  const common = useMessages().common;
  const t = useMessages().minutes.actionItems;
  const db = useDatabase();
  const { error, run } = useActionError();
  const { register, handleSubmit, formState, reset, setFocus } = useForm<AddValues>({
    resolver: zodResolver(addSchema),
    defaultValues: { text: '', owner: '', due: '' },
    shouldFocusError: true,
  });
  useEffect(() => setFocus('text'), [setFocus]);
  const onSubmit = handleSubmit((values) =>
    run(async () => {
      await addActionItem(db, sittingId, agendaItemId, { text: values.text, owner: values.owner, due: values.due || undefined });
      reset();
      setFocus('text');
    }),
  );
  return (
    <form className="mn-task-add" onSubmit={onSubmit} noValidate aria-label={t.add}>
      <Field label={t.text} error={formState.errors.text}>
        <input type="text" {...register('text')} />
      </Field>
      <Field label={t.owner} error={formState.errors.owner}>
        <input type="text" list={peopleListId} {...register('owner')} />
      </Field>
      <Field label={t.due} error={formState.errors.due}>
        <DateInputField {...register('due')} />
      </Field>
      <div className="mn-task-add-actions">
        <button type="submit" className="button primary small" disabled={formState.isSubmitting}>
          {t.create}
        </button>
        <button type="button" className="button small" onClick={onClose}>
          {common.actions.cancel}
        </button>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </form>
  );
}
