import { useId, useState } from 'react';
import type { CancelPolicy } from '../../../shared/domain/plan';
import type { Sitting } from '../../../shared/domain/sitting';
import { hostFairness } from '../../../shared/plan/fairness';
import { cancelSitting } from '../../../shared/plan/sittingChanges';
import { keepAnnounced } from '../../../shared/sittings/announcement';
import { formatDateShort } from '../../app/format/dates';
import { useDatabase } from '../../app/DatabaseContext';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { saveSittingChanges } from '../../db/repositories/planRepository';
import { DateWarningList } from './DateWarningList';
import { PanelFrame } from './PanelFrame';
import { planChangeContext } from './planChangeContext';
import type { PlanYearData } from './usePlanYear';
import { PanelFormFooter } from './PanelFormFooter';
import { planErrorText } from './planErrorText';
import { catalogFor } from '../../app/i18n/catalog';

/** Cancel a sitting; the user chooses whether its host keeps the turn (the rotation shifts) or loses it. */
export function CancelSittingPanel({ sitting, data, onClose, onDone }: { sitting: Sitting; data: PlanYearData; onClose: () => void; onDone: (message: string) => void }) {
  const t = useMessages().plan;
  const letters = useMessages().letters.notice;
  const language = useLanguage();
  const db = useDatabase();
  const id = useId();
  const context = planChangeContext(data);
  const [turn, setTurn] = useState<CancelPolicy>(data.plan?.cancelPolicy ?? 'keepsTurn');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const host = context.hostName(sitting.hostTerritoryId);
  // The rotation the cancellation may shift: the sittings of the same plan (or of the year).
  const rotation = data.sittings.filter((s) => (sitting.planId ? s.planId === sitting.planId : true));
  const changed = cancelSitting(rotation, sitting, turn, context, reason);
  const byId = new Map(changed.map((s) => [s.id, s]));
  const shifted = changed.filter((s) => s.id !== sitting.id);
  const fairness = hostFairness(
    data.sittings.map((s) => byId.get(s.id) ?? s),
    data.territories.map((tr) => tr.id),
  );

  const submit = async () => {
    setError(null);
    try {
      const before = new Map([sitting, ...rotation].map((s) => [s.id, s]));
      await saveSittingChanges(db, changed.map((s) => { const b = before.get(s.id); return b ? keepAnnounced(b, s) : s; }), [sitting, ...rotation]);
      onDone(`${t.cancel.done}${sitting.invitedAt ? ` ${letters.afterCancel}` : ''}`);
    } catch (e) {
      setError(planErrorText(e, catalogFor(language), language));
    }
  };

  return (
    <PanelFrame title={t.cancel.title(formatDateShort(sitting.date, language))} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <fieldset className="plan-fieldset">
          <legend>{t.cancel.turn}</legend>
          <label className="check">
            <input type="radio" name={`${id}-turn`} checked={turn === 'keepsTurn'} onChange={() => setTurn('keepsTurn')} />
            {t.cancel.keepsTurn(host)}
          </label>
          <label className="check">
            <input type="radio" name={`${id}-turn`} checked={turn === 'losesTurn'} onChange={() => setTurn('losesTurn')} />
            {t.cancel.losesTurn(host)}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t.cancel.reason}</label>
          <input id={`${id}-reason`} type="text" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div aria-live="polite">
          {shifted.length === 0 ? (
            <p className="muted">{t.cancel.noConsequences}</p>
          ) : (
            <>
              <p>{t.cancel.consequences}</p>
              <ul className="warning-list">
                {shifted.map((s) => {
                  const before = rotation.find((r) => r.id === s.id);
                  return (
                    <li key={s.id}>
                      {t.cancel.hostChange(formatDateShort(s.date, language), context.hostName(s.hostTerritoryId), context.hostName(before?.hostTerritoryId))}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
        <DateWarningList warnings={[]} fairness={fairness} hostName={context.hostName} />
        <PanelFormFooter error={error} submitLabel={t.cancel.submit} danger />
      </form>
    </PanelFrame>
  );
}
