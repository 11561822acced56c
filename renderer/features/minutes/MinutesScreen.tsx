import type { ScreenProps } from '../../app/screens';
import { MinutesOverview } from './MinutesOverview';
import { ActionItemsPage } from './ActionItemsPage';
import { SittingMinutesPage } from './SittingMinutesPage';
import { PressReleasePage } from './press/PressReleasePage';
import './minutes.css';

/**
 * Protokolle: #/minutes (all minutes and the search), #/minutes/tasks (all action items),
 * #/minutes/<sittingId>?tab=agenda|minutes|approval (one sitting's agenda and minutes),
 * #/minutes/<sittingId>/press (the sitting's press release).
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
      ) : route.segments[2] === 'press' ? (
        <PressReleasePage key={sub} sittingId={sub} />
      ) : (
        <SittingMinutesPage key={sub} sittingId={sub} query={route.query} />
      )}
    </div>
  );
}
