import { useCallback, useRef, useState } from 'react';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { href } from '../../app/router';
import { useDatabase } from '../../app/DatabaseContext';
import { ConfirmDialog } from '../../app/components/ConfirmDialog';
import { deletePlan } from '../../db/repositories/planRepository';
import { CancelSittingPanel } from './CancelSittingPanel';
import { ExtraSittingPanel } from './ExtraSittingPanel';
import { FairnessView } from './FairnessView';
import { MoveSittingPanel } from './MoveSittingPanel';
import { PlanSittingList } from './PlanSittingList';
import { SwapHostsPanel } from './SwapHostsPanel';
import { YearCalendar } from './YearCalendar';
import { exportYearIcs, exportYearPdf } from './planExports';
import { monthName, weekdayNameOf } from './planFormat';
import type { PlanPanel } from './planPanel';
import { territoryLookup, type PlanYearData } from './usePlanYear';
import { planErrorText } from './planErrorText';
import { catalogFor } from '../../app/i18n/catalog';

export type PlanView = 'list' | 'calendar' | 'fairness';

/** A year: its plan's rule, the changes, the exports, and the list, calendar or fairness view. */
export function PlanYearView({ data, view, savedNotice }: { data: PlanYearData; view: PlanView; savedNotice: boolean }) {
  const t = useMessages().plan;
  const common = useMessages().common;
  const language = useLanguage();
  const db = useDatabase();
  const { year, plan } = data;
  const lookup = territoryLookup(data.territories);
  const [panel, setPanel] = useState<PlanPanel | null>(null);
  const [status, setStatus] = useState(savedNotice ? t.form.saved : '');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const open = (next: PlanPanel) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setStatus('');
    setPanel(next);
  };
  const close = useCallback(() => {
    setPanel(null);
    requestAnimationFrame(() => returnFocus.current?.focus());
  }, []);
  const done = useCallback((message: string) => {
    setPanel(null);
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  }, []);

  const run = async (action: () => Promise<string>) => {
    try {
      setStatus(await action());
    } catch (e) {
      setStatus(planErrorText(e, catalogFor(language), language));
    }
  };

  const sittingOf = (id: string) => data.sittings.find((s) => s.id === id);
  const panelSitting = panel && panel.kind !== 'extra' ? sittingOf(panel.sittingId) : undefined;
  const deletable = plan && !data.sittings.some((s) => s.planId === plan.id && (s.status === 'invited' || s.status === 'held'));

  return (
    <>
      {plan ? (
        <p className="plan-summary">
          <strong>{t.bodies[plan.body]}</strong>
          {' · '}
          {t.ruleSummary(t.ordinals[String(plan.rule.ordinal)] ?? '', weekdayNameOf(plan.rule.weekday, language), plan.rule.start, plan.rule.end)}
          {plan.skipMonths.length > 0 && ` · ${t.withoutMonths(plan.skipMonths.map((m) => monthName(m, language)).join(', '))}`}
          {' · '}
          {t.policySummary[plan.holidayPolicy]}
        </p>
      ) : (
        <div className="panel">
          <p>{t.noPlan(year)}</p>
          <p className="muted">{t.noPlanHint}</p>
          <a className="button primary" href={href(`/plan/${year}/new`)}>
            {t.createPlan(year)}
          </a>
        </div>
      )}

      <div className="toolbar plan-toolbar">
        <nav aria-label={t.views.label} className="view-switch">
          {(['list', 'calendar', 'fairness'] as const).map((v) => (
            <a key={v} href={href(`/plan/${year}?view=${v}`)} aria-current={v === view ? 'page' : undefined}>
              {t.views[v]}
            </a>
          ))}
        </nav>
        <span className="toolbar-spacer" />
        <button type="button" className="button" onClick={() => open({ kind: 'extra' })}>
          {t.actions.extra}
        </button>
        <button type="button" className="button" disabled={data.sittings.length === 0} onClick={() => void run(() => exportYearIcs(data, t))}>
          {t.actions.exportIcs}
        </button>
        <button type="button" className="button" disabled={data.sittings.length === 0} onClick={() => void run(() => exportYearPdf(data, t))}>
          {t.actions.exportPdf}
        </button>
      </div>

      <p className="plan-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>

      {panel?.kind === 'extra' && <ExtraSittingPanel data={data} onClose={close} onDone={done} />}
      {panel?.kind === 'move' && panelSitting && <MoveSittingPanel key={panelSitting.id} sitting={panelSitting} data={data} onClose={close} onDone={done} />}
      {panel?.kind === 'swap' && panelSitting && <SwapHostsPanel key={panelSitting.id} sitting={panelSitting} data={data} onClose={close} onDone={done} />}
      {panel?.kind === 'cancel' && panelSitting && <CancelSittingPanel key={panelSitting.id} sitting={panelSitting} data={data} onClose={close} onDone={done} />}

      {view === 'list' && <PlanSittingList sittings={data.sittings} planId={plan?.id} hostName={lookup.hostName} onOpen={open} />}
      {view === 'calendar' && (
        <YearCalendar year={year} sittings={data.sittings} blockedPeriods={plan?.blockedPeriods ?? []} hostName={lookup.hostName} onOpen={open} />
      )}
      {view === 'fairness' && <FairnessView data={data} />}

      {plan && view === 'list' && (
        <div className="plan-danger-zone">
          <button type="button" className="button small danger" disabled={!deletable} onClick={() => setConfirmDelete(true)}>
            {t.actions.deletePlan}
          </button>
          {confirmDelete && (
            <ConfirmDialog
              title={t.actions.deletePlanConfirm(year)}
              confirmLabel={t.actions.deletePlanYes}
              cancelLabel={common.actions.cancel}
              danger
              onConfirm={() =>
                void run(async () => {
                  setConfirmDelete(false);
                  await deletePlan(db, plan.id);
                  return '';
                })
              }
              onCancel={() => setConfirmDelete(false)}
            />
          )}
          {!deletable && <p className="muted">{t.actions.deletePlanBlocked}</p>}
        </div>
      )}
    </>
  );
}
