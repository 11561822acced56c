import { useMessages } from '../../../app/i18n/useMessages';
import type { PeriodState } from '../periodLabel';

const badgeClass: Record<PeriodState, string> = { current: 'badge ok', former: 'badge', future: 'badge warn' };

/** "aktuell" / "beendet" / "künftig" relative to the Stand-am date. */
export function StateBadge({ state }: { state: PeriodState }) {
  const t = useMessages().members.period;
  return <span className={badgeClass[state]}>{t[state]}</span>;
}
