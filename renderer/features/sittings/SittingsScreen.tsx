import type { ScreenProps } from '../../app/screens';
import { SittingsOverview } from './SittingsOverview';
import { SittingPage } from './SittingPage';
import { StatisticsPage } from './statistics/StatisticsPage';
import './sittings.css';

/** #/sittings (list), #/sittings/stats (Auswertung), #/sittings/<id> (a sitting's page). */
export default function SittingsScreen({ route }: ScreenProps) {
  const sub = route.segments[1];
  if (sub === 'stats') return <StatisticsPage />;
  if (sub) return <SittingPage key={sub} sittingId={sub} />;
  return <SittingsOverview />;
}
