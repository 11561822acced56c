import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ordinals, weekdays } from '../../../shared/domain/plan';
import { assembleYearPlan, type AssembledYearPlan } from '../../../shared/plan/assembleYearPlan';
import { futureSittingsOnly, pastPlanDates } from '../../../shared/plan/pastPlanDates';
import { ConfirmDialog } from '../../app/components/ConfirmDialog';
import { buildYearPlan } from '../../../shared/plan/buildYearPlan';
import { continueRotation } from '../../../shared/plan/rotation';
import { Field } from '../../app/components/form/Field';
import { formatDateShort, todayIso } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { resolveMessage } from '../../app/i18n/resolveMessage';
import { href, navigate } from '../../app/router';
import { useDatabase } from '../../app/DatabaseContext';
import { savePlanWithSittings } from '../../db/repositories/planRepository';
import { newId, nowInstant } from '../../db/rowWriter';
import { BlockedPeriodsField } from './BlockedPeriodsField';
import { PlanPreviewTable } from './PlanPreviewTable';
import { RotationOrderField } from './RotationOrderField';
import { planFormSchema, type PlanFormValues } from './planFormSchema';
import { monthName, weekdayNameOf } from './planFormat';
import { territoryLookup, type PlanYearData } from './usePlanYear';
import { TimeInputField } from '../../app/components/dateFields/TimeInputField';
import { planErrorText } from './planErrorText';

function defaultValues(data: PlanYearData): PlanFormValues {
  const previous = data.previousPlan;
  const ids = data.territories.map((t) => t.id);
  const order = previous ? [...previous.rotationOrder.filter((id) => ids.includes(id)), ...ids.filter((id) => !previous.rotationOrder.includes(id))] : ids;
  return {
    body: previous?.body ?? 'extended',
    rule: previous?.rule ?? { weekday: 3, ordinal: 2, start: '14:00', end: '16:00' },
    skipMonths: previous?.skipMonths ?? [],
    rotationOrder: order,
    startTerritoryId: '',
    holidayPolicy: previous?.holidayPolicy ?? 'nextWorkingDay',
    cancelPolicy: previous?.cancelPolicy ?? 'keepsTurn',
    venues: data.territories.map((t) => ({ territoryId: t.id, venue: t.defaultVenue })),
    blockedPeriods: [],
  };
}

/** Create a year plan: the rule, rotation, venues, holiday policy and blocked periods, with a live preview. */
export function PlanForm({ data }: { data: PlanYearData }) {
  const messages = useMessages();
  const t = messages.plan;
  const common = messages.common;
  const language = useLanguage();
  const db = useDatabase();
  const { year, territories } = data;
  const initial = useMemo(() => defaultValues(data), [data]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, control, handleSubmit, formState } = useForm<PlanFormValues>({
    resolver: zodResolver(planFormSchema),
    defaultValues: initial,
    shouldFocusError: true,
  });
  const values = useWatch({ control }) as PlanFormValues;
  const lookup = territoryLookup(territories);
  const venueOf = (id: string) => values.venues?.find((v) => v.territoryId === id)?.venue ?? lookup.venueOf(id);

  const continuation = useMemo(
    () => (values.rotationOrder?.length ? continueRotation(data.allSittings, values.rotationOrder, year) : undefined),
    [data.allSittings, values.rotationOrder, year],
  );
  const parsed = planFormSchema.safeParse(values);
  const startId = parsed.success ? parsed.data.startTerritoryId || continuation?.territoryId : undefined;
  const rows =
    parsed.success && startId && parsed.data.rotationOrder.includes(startId)
      ? buildYearPlan({ ...parsed.data, year, startTerritoryId: startId })
      : undefined;
  const sittingCount = rows?.filter((r) => r.kind === 'regular' || r.kind === 'moved').length ?? 0;
  const today = todayIso();
  const dateList = (dates: readonly string[]) => t.list(dates.map((date) => formatDateShort(date, language)));
  const previewPast = rows ? rows.flatMap((r) => (r.kind === 'regular' || r.kind === 'moved') && r.date < today ? [r.date] : []) : [];
  // A plan whose dates partly lie in the past waits here for the user's choice (see the dialog below).
  const [pastChoice, setPastChoice] = useState<{ assembled: AssembledYearPlan; past: string[]; today: string } | null>(null);

  const save = async ({ plan, sittings, changedTerritories }: AssembledYearPlan, day: string) => {
    try {
      await savePlanWithSittings(db, plan, sittings, changedTerritories, { today: day });
      navigate(`/plan/${year}?saved=1`);
    } catch (e) {
      setSaveError(planErrorText(e, messages, language));
    }
  };

  const onSubmit = handleSubmit(async (form) => {
    setSaveError(null);
    const assembled = assembleYearPlan({
      year,
      choices: form,
      earlierSittings: data.allSittings,
      territories,
      newId,
      now: nowInstant(),
    });
    const day = todayIso();
    const past = pastPlanDates(assembled.sittings, day);
    if (past.length > 0) {
      setPastChoice({ assembled, past, today: day });
      return;
    }
    await save(assembled, day);
  });

  const pastDialog = pastChoice && (() => {
    const future = futureSittingsOnly(pastChoice.assembled.sittings, pastChoice.today);
    if (future.length === 0) {
      return <ConfirmDialog title={t.form.pastDates.allTitle} body={t.form.pastDates.allBody} confirmLabel={t.form.pastDates.understood} onConfirm={() => setPastChoice(null)} onCancel={() => setPastChoice(null)} />;
    }
    return (
      <ConfirmDialog
        title={t.form.pastDates.title(pastChoice.past.length)}
        body={t.form.pastDates.body(dateList(pastChoice.past), future.length)}
        confirmLabel={t.form.pastDates.futureOnly(future.length)}
        cancelLabel={common.actions.cancel}
        onConfirm={() => {
          const { assembled, today: day } = pastChoice;
          setPastChoice(null);
          void save({ ...assembled, sittings: future }, day);
        }}
        onCancel={() => setPastChoice(null)}
      />
    );
  })();

  const autoName = continuation ? lookup.hostName(continuation.territoryId) : '';
  const autoHint = !continuation
    ? ''
    : !continuation.after
      ? t.form.startAutoNoHistory(autoName)
      : continuation.keptTurn
        ? t.form.startAutoKeptHint(autoName, formatDateShort(continuation.after.date, language))
        : t.form.startAutoHint(autoName, formatDateShort(continuation.after.date, language), lookup.hostName(continuation.after.hostTerritoryId));

  if (territories.length < 2) {
    return (
      <section aria-labelledby="plan-form-title">
        <h2 id="plan-form-title">{t.form.title(year)}</h2>
        <p className="notice warn">{t.form.needTerritories}</p>
        <a href={href('/members')}>{common.nav.members}</a>
      </section>
    );
  }

  return (
    <section aria-labelledby="plan-form-title">
      <h2 id="plan-form-title">{t.form.title(year)}</h2>
      <p>
        <a href={href(`/plan/${year}`)}>{t.form.backToYear}</a>
      </p>
      <form className="plan-form" onSubmit={onSubmit} noValidate>
        <div className="panel plan-form-grid">
          <div>
            <fieldset className="plan-fieldset">
              <legend>{t.form.ruleLegend}</legend>
              <Field label={t.form.body}>
                <select {...register('body')}>
                  <option value="extended">{t.bodies.extended}</option>
                  <option value="core">{t.bodies.core}</option>
                </select>
              </Field>
              <div className="field-row">
                <Field label={t.form.ordinal} error={formState.errors.rule?.ordinal}>
                  <select {...register('rule.ordinal', { valueAsNumber: true })}>
                    {ordinals.map((o) => (
                      <option key={o} value={o}>
                        {t.ordinals[String(o)]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label={t.form.weekday} error={formState.errors.rule?.weekday}>
                  <select {...register('rule.weekday', { valueAsNumber: true })}>
                    {weekdays.map((w) => (
                      <option key={w} value={w}>
                        {weekdayNameOf(w, language)}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
              <div className="field-row">
                <Field label={t.form.start} error={formState.errors.rule?.start}>
                  <TimeInputField {...register('rule.start')} />
                </Field>
                <Field label={t.form.end} error={formState.errors.rule?.end}>
                  <TimeInputField {...register('rule.end')} />
                </Field>
              </div>
              <Controller
                control={control}
                name="skipMonths"
                render={({ field, fieldState }) => (
                  <fieldset className="plan-fieldset months">
                    <legend>{t.form.skipMonths}</legend>
                    <div className="month-checks">
                      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
                        <label key={month} className="check">
                          <input
                            type="checkbox"
                            checked={field.value.includes(month)}
                            onChange={(e) =>
                              field.onChange(e.target.checked ? [...field.value, month] : field.value.filter((m) => m !== month))
                            }
                          />
                          {monthName(month, language)}
                        </label>
                      ))}
                    </div>
                    {fieldState.error && <p className="field-error">{resolveMessage(messages, fieldState.error.message)}</p>}
                  </fieldset>
                )}
              />
            </fieldset>
            <fieldset className="plan-fieldset">
              <legend>{t.form.holidayPolicy}</legend>
              <label className="check">
                <input type="radio" value="nextWorkingDay" {...register('holidayPolicy')} />
                {t.form.nextWorkingDay}
              </label>
              <label className="check">
                <input type="radio" value="weekLaterSameMonth" {...register('holidayPolicy')} />
                {t.form.weekLaterSameMonth}
              </label>
              <p className="field-hint">{t.form.policyHint}</p>
              <p className="field-hint">{t.form.holidaysInfo}</p>
            </fieldset>
            <fieldset className="plan-fieldset">
              <legend>{t.form.cancelPolicy}</legend>
              <label className="check">
                <input type="radio" value="keepsTurn" {...register('cancelPolicy')} />
                {t.form.keepsTurn}
              </label>
              <label className="check">
                <input type="radio" value="losesTurn" {...register('cancelPolicy')} />
                {t.form.losesTurn}
              </label>
            </fieldset>
          </div>

          <div>
            <Controller
              control={control}
              name="rotationOrder"
              render={({ field, fieldState }) => (
                <RotationOrderField value={field.value} onChange={field.onChange} territories={territories} error={fieldState.error ? resolveMessage(messages, fieldState.error.message) : undefined} />
              )}
            />
            <Field label={t.form.startHost} error={formState.errors.startTerritoryId} hint={autoHint}>
              <select {...register('startTerritoryId')}>
                <option value="">{t.form.startAuto(autoName)}</option>
                {(values.rotationOrder ?? []).map((id) => (
                  <option key={id} value={id}>
                    {lookup.hostName(id)}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset className="plan-fieldset">
              <legend>{t.form.venues}</legend>
              {territories.map((territory, index) => (
                <Field key={territory.id} label={t.form.venueOf(territory.name)} error={formState.errors.venues?.[index]?.venue}>
                  <input type="text" {...register(`venues.${index}.venue`)} />
                </Field>
              ))}
            </fieldset>
          </div>

        </div>

        <div className="panel">
          <BlockedPeriodsField year={year} control={control} register={register} errors={formState.errors.blockedPeriods} />
        </div>

        <div className="panel">
          <h3>{t.form.preview}</h3>
          {rows ? (
            <>
              <p className="muted">{t.form.previewHint}</p>
              <PlanPreviewTable rows={rows} hostName={lookup.hostName} venueOf={venueOf} existing={data.sittings} today={today} />
            </>
          ) : (
            <p className="muted">{t.form.previewIncomplete}</p>
          )}
          {previewPast.length > 0 && (
            <p className="notice warn" data-testid="plan-past-dates">
              {t.form.pastDates.notice(previewPast.length, dateList(previewPast))}
            </p>
          )}
          {Object.keys(formState.errors).length > 0 && (
            <p className="field-error" role="alert">
              {t.form.errorSummary}
            </p>
          )}
          {saveError && (
            <p className="notice danger" role="alert">
              {saveError}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={formState.isSubmitting}>
              {t.form.save(sittingCount)}
            </button>
            <a className="button" href={href(`/plan/${year}`)}>
              {common.actions.cancel}
            </a>
          </div>
        </div>
      </form>
      {pastDialog}
    </section>
  );
}
