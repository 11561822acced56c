import { createElement, lazy, useState, type ComponentType } from 'react';
import type { Messages } from './i18n/catalog';
import type { Route } from './router';
import type { KonventDatabase } from '../db/database';

export interface ScreenProps {
  route: Route;
}

export interface ScreenEntry {
  /** First path segment: #/<segment>/… */
  segment: string;
  navKey: keyof Messages['common']['nav'];
  Screen: ComponentType<ScreenProps>;
  /** Loads the screen's code ahead of its first visit (when the app is idle); with db, starts its reads too. */
  preload: (db?: KonventDatabase) => Promise<void>;
}

type ScreenModule = { default: ComponentType<ScreenProps> };
/** Starts a screen's reads before its first render (at start-up, the first screen's). */
type Prefetch = (db: KonventDatabase) => Promise<void>;

/**
 * A screen loaded on first use. Once its code has been preloaded, it renders at once on its first
 * visit (no suspended frame); before that it loads like any lazy component.
 */
function lazyScreen(load: () => Promise<ScreenModule>, prefetch?: Prefetch): Pick<ScreenEntry, 'Screen' | 'preload'> {
  let loaded: ComponentType<ScreenProps> | undefined;
  const Lazy = lazy(load);
  const preload = async (db?: KonventDatabase) => {
    await Promise.all([
      load().then((module) => {
        loaded = module.default;
      }),
      db && prefetch ? prefetch(db) : undefined,
    ]);
  };
  function Screen(props: ScreenProps) {
    // Chosen once per visit, so a preload finishing meanwhile never remounts the screen.
    const [Component] = useState<ComponentType<ScreenProps>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return { Screen, preload };
}

/**
 * The app's screens in navigation order. Each feature lives in renderer/features/<feature>/ and is
 * loaded on first visit (lazy), so start-up only pays for the Übersicht.
 */
export const screens: readonly ScreenEntry[] = [
  {
    segment: '',
    navKey: 'overview',
    ...lazyScreen(
      () => import('../features/overview/OverviewScreen'),
      (db) => import('../features/overview/useOverview').then((overview) => overview.prefetchOverview(db)),
    ),
  },
  { segment: 'plan', navKey: 'plan', ...lazyScreen(() => import('../features/plan/PlanScreen')) },
  { segment: 'sittings', navKey: 'sittings', ...lazyScreen(() => import('../features/sittings/SittingsScreen')) },
  { segment: 'members', navKey: 'members', ...lazyScreen(() => import('../features/members/MembersScreen')) },
  { segment: 'minutes', navKey: 'minutes', ...lazyScreen(() => import('../features/minutes/MinutesScreen')) },
  { segment: 'sync', navKey: 'sync', ...lazyScreen(() => import('../features/sync/SyncScreen')) },
  { segment: 'settings', navKey: 'settings', ...lazyScreen(() => import('../features/settings/SettingsScreen')) },
];

/**
 * Loads the code of the screen a route shows. At start-up (main.tsx) the first screen is loaded before
 * the first render, so it renders at once: a lazy screen shown after a loading frame is held back by
 * React for up to 300 ms (its Suspense fallback throttle).
 */
export function preloadScreenOf(route: Route, db: KonventDatabase): Promise<void> {
  const entry = route.malformed ? undefined : screens.find((s) => s.segment === (route.segments[0] ?? ''));
  return entry ? entry.preload(db).catch(() => undefined) : Promise.resolve();
}

/**
 * Loads every screen's code when the browser is idle after start-up, so a first visit does not wait
 * for it, and prepares the minutes search (its texts parsed and folded in short slices).
 */
export function preloadScreensWhenIdle(db: KonventDatabase): () => void {
  // One piece of work per idle period: no long task in front of the first screen's own rendering.
  const work: (() => unknown)[] = [
    ...screens.map((screen) => () => screen.preload().catch(() => undefined)),
    () => import('../features/minutes/minutesSearch').then((search) => search.warmMinutesSearch(db)).catch(() => undefined),
  ];
  let cancelled = false;
  let cancel: () => void = () => undefined;
  const next = () => {
    const piece = work.shift();
    if (cancelled || !piece) return;
    void piece();
    schedule();
  };
  const schedule = () => {
    // The first piece waits for idle up to 2 s after start-up, the others follow closely.
    const first = work.length === screens.length + 1;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(next, { timeout: first ? 2_000 : 100 });
      cancel = () => cancelIdleCallback(handle);
    } else {
      const timer = setTimeout(next, first ? 500 : 0);
      cancel = () => clearTimeout(timer);
    }
  };
  schedule();
  return () => {
    cancelled = true;
    cancel();
  };
}
