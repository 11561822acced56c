import { useLiveQuery } from 'dexie-react-hooks';
import { membersAsOf } from '../../../shared/domain/membersAsOf';
import { useDatabase } from '../../app/DatabaseContext';
import { todayIso } from '../../app/format/dates';
import type { Sitting } from '../../../shared/domain/sitting';
import type { ActionItem } from '../../../shared/domain/minutes';

export interface OverviewData {
  setUp: boolean;
  nextSitting?: Sitting | undefined;
  lastSitting?: Sitting | undefined;
  openActionItems: ActionItem[];
  extendedCount: number;
  coreCount: number;
  hostNames: Map<string, string>;
}

/** What the Übersicht shows; reads only indexed ranges so it stays fast with years of data. */
export function useOverview(): OverviewData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const today = todayIso();
    const [settingsCount, nextSitting, lastSitting, openActionItems, memberships, territories] = await Promise.all([
      db.domain('settings').count(),
      db.domain('sittings').where('date').aboveOrEqual(today).filter((s) => s.status !== 'cancelled').first(),
      db.domain('sittings').where('date').below(today).reverse().filter((s) => s.status !== 'cancelled').first(),
      db.domain('actionItems').where('status').equals('open').sortBy('due'),
      db.domain('memberships').toArray(),
      db.domain('territories').toArray(),
    ]);
    return {
      setUp: settingsCount > 0,
      nextSitting,
      lastSitting,
      openActionItems: openActionItems.slice(0, 8),
      extendedCount: membersAsOf(memberships, 'extended', today).length,
      coreCount: membersAsOf(memberships, 'core', today).length,
      hostNames: new Map(territories.map((t) => [t.id, t.name])),
    };
  }, [db]);
}
