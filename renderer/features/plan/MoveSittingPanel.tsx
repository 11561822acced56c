import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isoDateSchema, isoTimeSchema } from '../../../shared/domain/primitives';
import type { Sitting } from '../../../shared/domain/sitting';
import { dateWarnings } from '../../../shared/plan/dateWarnings';
import { moveSitting } from '../../../shared/plan/sittingChanges';
import { keepAnnounced } from '../../../shared/sittings/announcement';
import { Field } from '../../app/components/form/Field';
import { formatDateShort } from '../../app/format/dates';
import { useDatabase } from '../../app/DatabaseContext';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { saveSittingChanges } from '../../db/repositories/planRepository';
import { DateWarningList } from './DateWarningList';
import { PanelFrame } from './PanelFrame';
import { planChangeContext } from './planChangeContext';
import type { PlanYearData } from './usePlanYear';
import { PanelFormFooter } from './PanelFormFooter';
import { SittingTimeFields } from './SittingTimeFields';
import { planErrorText } from './planErrorText';
import { catalogFor } from '../../app/i18n/catalog';

const moveFormSchema = z
  .object({ date: isoDateSchema, start: isoTimeSchema, end: isoTimeSchema, reason: z.string().trim().max(200) })
  .refine((v) => v.start < v.end, { message: 'endAfterStart', path: ['end'] });
type MoveForm = z.infer<typeof moveFormSchema>;

/** Move one sitting: new date and time, with warnings (holiday, weekend, other sitting, notice period). */
export function MoveSittingPanel({ sitting, data, onClose, onDone }: { sitting: Sitting; data: PlanYearData; onClose: () => void; onDone: (message: string) => void }) {
  const t = useMessages().plan;
  const letters = useMessages().letters.notice;
  const language = useLanguage();
  const db = useDatabase();
  const context = planChangeContext(data);
  const [error, setError] = useState<string | null>(null);
  const { register, control, handleSubmit, formState } = useForm<MoveForm>({
    resolver: zodResolver(moveFormSchema),
    defaultValues: { date: sitting.date, start: sitting.start, end: sitting.end, reason: '' },
    shouldFocusError: true,
  });
  const date = useWatch({ control, name: 'date' });
  const validDate = isoDateSchema.safeParse(date).success;
  const warnings = validDate && date !== sitting.date ? dateWarnings(date, sitting, context.warningContext) : [];

  const onSubmit = handleSubmit(async (form) => {
    setError(null);
    if (form.date === sitting.date && form.start === sitting.start && form.end === sitting.end) {
      setError(t.move.sameAsBefore);
      return;
    }
    try {
      await saveSittingChanges(db, [keepAnnounced(sitting, moveSitting(sitting, form))], [sitting]);
      onDone(`${t.move.done(formatDateShort(form.date, language))}${sitting.invitedAt ? ` ${letters.afterMove}` : ''}`);
    } catch (e) {
      setError(planErrorText(e, catalogFor(language), language));
    }
  });

  return (
    <PanelFrame title={t.move.title(formatDateShort(sitting.date, language))} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <SittingTimeFields
          dateLabel={t.move.date}
          fields={{ date: register('date'), start: register('start'), end: register('end') }}
          errors={formState.errors}
        />
        <Field label={t.move.reason} error={formState.errors.reason}>
          <input type="text" {...register('reason')} />
        </Field>
        <DateWarningList warnings={warnings} hostName={context.hostName} />
        <PanelFormFooter error={error} submitLabel={warnings.length ? t.move.submitAnyway : t.move.submit} submitting={formState.isSubmitting} />
      </form>
    </PanelFrame>
  );
}
