import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Messages } from './i18n/catalog';
import type { Route } from './router';

export interface ScreenProps {
  route: Route;
}

export interface ScreenEntry {
  /** First path segment: #/<segment>/… */
  segment: string;
  navKey: keyof Messages['common']['nav'];
  Screen: LazyExoticComponent<ComponentType<ScreenProps>>;
}

/**
 * The app's screens in navigation order. Each feature lives in renderer/features/<feature>/ and is
 * loaded on first visit (lazy), so start-up only pays for the Übersicht.
 */
export const screens: readonly ScreenEntry[] = [
  { segment: '', navKey: 'overview', Screen: lazy(() => import('../features/overview/OverviewScreen')) },
  { segment: 'plan', navKey: 'plan', Screen: lazy(() => import('../features/plan/PlanScreen')) },
  { segment: 'sittings', navKey: 'sittings', Screen: lazy(() => import('../features/sittings/SittingsScreen')) },
  { segment: 'members', navKey: 'members', Screen: lazy(() => import('../features/members/MembersScreen')) },
  { segment: 'minutes', navKey: 'minutes', Screen: lazy(() => import('../features/minutes/MinutesScreen')) },
  { segment: 'sync', navKey: 'sync', Screen: lazy(() => import('../features/sync/SyncScreen')) },
  { segment: 'settings', navKey: 'settings', Screen: lazy(() => import('../features/settings/SettingsScreen')) },
];
