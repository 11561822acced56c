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
  return (
    // Scopes minutes.css: feature styles are global once loaded, so they stay inside this screen.
    <div className="minutes-screen">
      {!sub ? (
        <MinutesOverview />
      ) : sub === 'tasks' ? (
        <ActionItemsPage query={route.query} />
      ) : (
        <SittingMinutesPage key={sub} sittingId={sub} query={route.query} />
      )}
    </div>
  );
}
