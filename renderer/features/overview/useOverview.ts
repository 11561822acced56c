import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { membersAsOf } from '../../../shared/domain/membersAsOf';
import { useDatabase } from '../../app/DatabaseContext';
import { todayIso } from '../../app/format/dates';
import type { Sitting } from '../../../shared/domain/sitting';
import type { KonventDatabase } from '../../db/database';
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
async function readOverview(db: KonventDatabase): Promise<OverviewData> {
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
}

let prefetched: { db: KonventDatabase; data?: OverviewData } | undefined;

/**
 * Starts the Übersicht's reads at start-up, side by side with the UI language's (main.tsx, through
 * screens.ts), so its first frame already shows the data. Used once: later visits read live.
 */
export function prefetchOverview(db: KonventDatabase): Promise<void> {
  const entry: { db: KonventDatabase; data?: OverviewData } = { db };
  prefetched = entry;
  return readOverview(db).then(
    (data) => {
      entry.data = data;
    },
    () => undefined,
  );
}

export function useOverview(): OverviewData | undefined {
  const db = useDatabase();
  const [first] = useState(() => (prefetched?.db === db ? prefetched.data : undefined));
  // Used by the first render only (cleared after it, not in the initializer, which StrictMode runs twice).
  useEffect(() => {
    prefetched = undefined;
  }, []);
  return useLiveQuery(() => readOverview(db), [db], first);
}
