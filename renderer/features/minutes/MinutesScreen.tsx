import type { ScreenProps } from '../../app/screens';
import { MinutesOverview } from './MinutesOverview';
import { ActionItemsPage } from './ActionItemsPage';
import { SittingMinutesPage } from './SittingMinutesPage';
import './minutes.css';

/**
 * Protokolle: #/minutes (all minutes and the search), #/minutes/tasks (all action items),
 * #/minutes/<sittingId>?tab=agenda|minutes|approval (one sitting's agenda and minutes).
 */
export default function MinutesScreen({ route }: ScreenProps) {
  const sub = route.segments[1];
  if (!sub) return <MinutesOverview />;
  if (sub === 'tasks') return <ActionItemsPage query={route.query} />;
  return <SittingMinutesPage key={sub} sittingId={sub} query={route.query} />;
}
