import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { idSchema, isoDateSchema, isoTimeSchema } from '../../../shared/domain/primitives';
import { dateWarnings } from '../../../shared/plan/dateWarnings';
import { hostFairness } from '../../../shared/plan/fairness';
import { extraSitting } from '../../../shared/plan/sittingChanges';
import { Field } from '../../app/components/form/Field';
import { formatDateShort } from '../../app/format/dates';
import { useDatabase } from '../../app/DatabaseContext';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { saveSittingChanges } from '../../db/repositories/planRepository';
import { newId, nowInstant } from '../../db/rowWriter';
import { DateWarningList } from './DateWarningList';
import { PanelFrame } from './PanelFrame';
import { planChangeContext } from './planChangeContext';
import type { PlanYearData } from './usePlanYear';
import { PanelFormFooter } from './PanelFormFooter';
import { SittingTimeFields } from './SittingTimeFields';
import { planErrorText } from './planErrorText';
import { catalogFor } from '../../app/i18n/catalog';

const extraFormSchema = z
  .object({
    date: isoDateSchema,
    start: isoTimeSchema,
    end: isoTimeSchema,
    hostTerritoryId: z.union([z.literal(''), idSchema]),
    venue: z.string().trim().min(1, 'venueRequired'),
    reason: z.string().trim().max(200),
  })
  .refine((v) => v.start < v.end, { message: 'endAfterStart', path: ['end'] });
type ExtraForm = z.infer<typeof extraFormSchema>;

/** Add a sitting outside the rotation; suggests the territory that hosts least this year. */
export function ExtraSittingPanel({ data, onClose, onDone }: { data: PlanYearData; onClose: () => void; onDone: (message: string) => void }) {
  const t = useMessages().plan;
  const language = useLanguage();
  const db = useDatabase();
  const context = planChangeContext(data);
  const [error, setError] = useState<string | null>(null);
  const order = data.plan?.rotationOrder ?? data.territories.map((tr) => tr.id);
  const current = hostFairness(data.sittings, order);
  const fewest = [...current.counts].sort((a, b) => a.hosted - b.hosted)[0]?.territoryId ?? '';
  const body = data.plan?.body ?? 'extended';
  const { register, control, handleSubmit, formState, setValue, getFieldState } = useForm<ExtraForm>({
    resolver: zodResolver(extraFormSchema),
    defaultValues: {
      date: '',
      start: data.plan?.rule.start ?? '14:00',
      end: data.plan?.rule.end ?? '16:00',
      hostTerritoryId: fewest,
      venue: fewest ? context.venueOf(fewest) : '',
      reason: '',
    },
    shouldFocusError: true,
  });
  const [date, hostTerritoryId] = useWatch({ control, name: ['date', 'hostTerritoryId'] });
  const validDate = isoDateSchema.safeParse(date).success;
  const warnings = validDate ? dateWarnings(date, { body }, context.warningContext) : [];
  const fairness = hostTerritoryId
    ? hostFairness([...data.sittings, { date: validDate ? date : `${data.year}-12-31`, hostTerritoryId, status: 'planned' }], order)
    : undefined;
  const hostField = register('hostTerritoryId');

  const onSubmit = handleSubmit(async (form) => {
    setError(null);
    const sitting = extraSitting({
      id: newId(),
      planId: data.plan?.id,
      body,
      title: '',
      date: form.date,
      start: form.start,
      end: form.end,
      hostTerritoryId: form.hostTerritoryId || undefined,
      venue: form.venue,
      reason: form.reason,
      now: nowInstant(),
    });
    try {
      await saveSittingChanges(db, [sitting], []);
      onDone(t.extra.done(formatDateShort(form.date, language)));
    } catch (e) {
      setError(planErrorText(e, catalogFor(language), language));
    }
  });

  return (
    <PanelFrame title={t.extra.title} onClose={onClose}>
      <p className="muted">{t.extra.hint}</p>
      <form onSubmit={onSubmit} noValidate>
        <SittingTimeFields
          dateLabel={t.extra.date}
          fields={{ date: register('date'), start: register('start'), end: register('end') }}
          errors={formState.errors}
        />
        <div className="field-row">
          <Field label={t.extra.host} error={formState.errors.hostTerritoryId}>
            <select
              {...hostField}
              onChange={(e) => {
                void hostField.onChange(e);
                // The venue follows the host until the user typed their own.
                if (!getFieldState('venue').isDirty) setValue('venue', e.target.value ? context.venueOf(e.target.value) : '');
              }}
            >
              <option value="">{t.extra.noHost}</option>
              {order.map((id) => (
                <option key={id} value={id}>
                  {context.hostName(id)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t.extra.venue} error={formState.errors.venue}>
            <input type="text" {...register('venue')} />
          </Field>
        </div>
        <Field label={t.extra.reason} error={formState.errors.reason}>
          <input type="text" {...register('reason')} />
        </Field>
        <DateWarningList warnings={warnings} fairness={fairness} hostName={context.hostName} />
        <PanelFormFooter error={error} submitLabel={warnings.length ? t.extra.submitAnyway : t.extra.submit} submitting={formState.isSubmitting} />
      </form>
    </PanelFrame>
  );
}
