import { useState } from 'react';
import type { Sitting } from '../../../shared/domain/sitting';
import { swapHosts } from '../../../shared/plan/sittingChanges';
import { formatDateShort } from '../../app/format/dates';
import { useDatabase } from '../../app/DatabaseContext';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { keepAnnounced } from '../../../shared/sittings/announcement';
import { saveSittingChanges } from '../../db/repositories/planRepository';
import { PanelFrame } from './PanelFrame';
import { planChangeContext } from './planChangeContext';
import type { PlanYearData } from './usePlanYear';
import { isChangeable } from './sittingActions';
import { planErrorText } from './planErrorText';
import { catalogFor } from '../../app/i18n/catalog';

/** Swap the hosts (and venues) of two sittings of the year. */
export function SwapHostsPanel({ sitting, data, onClose, onDone }: { sitting: Sitting; data: PlanYearData; onClose: () => void; onDone: (message: string) => void }) {
  const t = useMessages().plan;
  const language = useLanguage();
  const db = useDatabase();
  const context = planChangeContext(data);
  const candidates = data.sittings.filter((s) => s.id !== sitting.id && isChangeable(s) && s.hostTerritoryId);
  const [otherId, setOtherId] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    const other = candidates.find((s) => s.id === otherId);
    if (!other) {
      setError(t.swap.choose);
      document.getElementById('swap-other')?.focus();
      return;
    }
    if (other.hostTerritoryId === sitting.hostTerritoryId) {
      setError(t.swap.sameHost);
      return;
    }
    try {
      const [a, b] = swapHosts(sitting, other);
      await saveSittingChanges(db, [keepAnnounced(sitting, a), keepAnnounced(other, b)], [sitting, other]);
      onDone(t.swap.done);
    } catch (e) {
      setError(planErrorText(e, catalogFor(language), language));
    }
  };

  return (
    <PanelFrame title={t.swap.title(formatDateShort(sitting.date, language))} onClose={onClose}>
      {candidates.length === 0 ? (
        <p>{t.swap.none}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
        >
          <p>
            {formatDateShort(sitting.date, language)}: <strong>{context.hostName(sitting.hostTerritoryId)}</strong>
          </p>
          <div className={`field${error === t.swap.choose ? ' field-invalid' : ''}`}>
            <label htmlFor="swap-other">{t.swap.other}</label>
            <select
              id="swap-other"
              value={otherId}
              onChange={(e) => setOtherId(e.target.value)}
              aria-invalid={error === t.swap.choose ? true : undefined}
              aria-describedby={error ? 'swap-error' : undefined}
            >
              <option value="">{t.swap.choose}</option>
              {candidates.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatDateShort(s.date, language)} – {context.hostName(s.hostTerritoryId)}
                </option>
              ))}
            </select>
          </div>
          {error && (
            <p id="swap-error" className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button primary">
              {t.swap.submit}
            </button>
          </div>
        </form>
      )}
    </PanelFrame>
  );
}
