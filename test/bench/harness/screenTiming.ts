import type { BrowserContext, Page } from 'playwright-core';
import { median } from './statistics';

/**
 * What a user feels, measured in the page (performance.now(), so the bench's own round trips do not
 * count): from the click on a link (the hash changes, as a link click does) to the screen complete,
 * i.e. its heading and its data rendered and painted (the next animation frame after the check holds).
 */
export interface ScreenCheck {
  name: string;
  hash: string;
  /** The screen is complete once all of these hold (data, not code: the app's CSP forbids eval). */
  complete: Completeness;
}

export interface Completeness {
  /** An h1 in main containing this text. */
  heading?: string;
  /** At least `count` elements matching `selector`. */
  rows?: { selector: string; count: number };
  /** The element's text starts with this. */
  text?: { selector: string; startsWith: string };
}

type CheckWindow = { benchIsComplete?: (check: Completeness) => boolean };

/** Puts the completeness check into the page (evaluated by Playwright over CDP: no eval in the app's origin). */
async function installCheck(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as CheckWindow).benchIsComplete = (check) => {
      const main = document.querySelector('main');
      if (!main || main.textContent?.includes('Wird geladen')) return false;
      if (check.heading && ![...main.querySelectorAll('h1')].some((h) => h.textContent?.includes(check.heading!))) return false;
      if (check.rows && document.querySelectorAll(check.rows.selector).length < check.rows.count) return false;
      if (check.text && !document.querySelector(check.text.selector)?.textContent?.startsWith(check.text.startsWith)) return false;
      return true;
    };
  });
}

/** The daily screens and what "complete" means for each. */
export function screenChecks(input: { sittings: number; lastSittingId: string; lastSittingItems: number; actionItems: number }): ScreenCheck[] {
  const firstActionItemRows = Math.min(input.actionItems, 60);
  return [
    { name: 'overview', hash: '#/', complete: { heading: 'Übersicht' } },
    { name: 'plan', hash: '#/plan', complete: { heading: 'Sitzungsplan' } },
    { name: 'sittings', hash: '#/sittings', complete: { rows: { selector: 'main table tbody tr', count: 1 } } },
    { name: 'members', hash: '#/members', complete: { rows: { selector: 'main table tbody tr', count: 1 } } },
    { name: 'minutesOverview', hash: '#/minutes', complete: { rows: { selector: 'main table.data tbody tr', count: input.sittings } } },
    {
      name: 'actionItemsAll',
      hash: '#/minutes/tasks?filter=all',
      complete: { text: { selector: '.mn-task-count', startsWith: `${input.actionItems} ` }, rows: { selector: 'main table.data tbody tr', count: firstActionItemRows } },
    },
    { name: 'actionItemsOpen', hash: '#/minutes/tasks?filter=open', complete: { text: { selector: '.mn-task-count', startsWith: '' }, heading: 'Aufgaben' } },
    { name: 'minutesEditor', hash: `#/minutes/${input.lastSittingId}?tab=minutes`, complete: { rows: { selector: 'main textarea', count: input.lastSittingItems } } },
    { name: 'statistics', hash: '#/sittings/stats', complete: { rows: { selector: 'main table tbody tr', count: 2 } } },
  ];
}

/** The lazy screens whose first visit after start-up is measured. */
export const lazyScreens = ['plan', 'sittings', 'members', 'minutesOverview'] as const;

export async function openApp(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await installCheck(page);
  await page.waitForFunction((check) => (window as CheckWindow).benchIsComplete!(check), { heading: 'Übersicht' } satisfies Completeness, {
    timeout: 60_000,
  });
  return page;
}

/** One visit: the hash changes, then every frame checks; the time of the first complete frame. */
export async function visit(page: Page, check: ScreenCheck): Promise<number> {
  return page.evaluate(
    ([hash, complete]) =>
      new Promise<number>((resolve, reject) => {
        const done = (window as CheckWindow).benchIsComplete!;
        const start = performance.now();
        window.location.hash = hash;
        const poll = () => {
          if (done(complete)) resolve(performance.now() - start);
          else if (performance.now() - start > 60_000) reject(new Error(`${hash}: not complete after 60 s`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    [check.hash, check.complete] as const,
  );
}

const home = (checks: ScreenCheck[]) => checks.find((c) => c.name === 'overview')!;

/** Each screen's median over `runs` visits, each visit starting from the Übersicht. */
export async function measureScreens(page: Page, checks: ScreenCheck[], runs: number): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const check of checks) {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await visit(page, home(checks));
      times.push(await visit(page, check));
    }
    result[check.name] = median(times);
  }
  return result;
}

/** First visit of each lazy screen in a freshly started app, after it was idle for a moment (when it preloads). */
export async function measureFirstVisits(context: BrowserContext, baseUrl: string, checks: ScreenCheck[]): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const name of lazyScreens) {
    const page = await openApp(context, baseUrl);
    try {
      await page.waitForTimeout(1_500);
      result[name] = await visit(page, checks.find((c) => c.name === name)!);
    } finally {
      await page.close();
    }
  }
  return result;
}

export interface SearchFigures {
  /** From the last key of the query to the results shown (median over the queries). */
  searchMs: number;
  /** The longest task while typing the queries (0 when none over 50 ms: Chromium reports long tasks only). */
  typingLongestTaskMs: number;
}

/**
 * Types queries into the Protokolle search one key at a time (real key events, 80 ms apart as a
 * quick typist), and measures from the last key to the result count shown for that query.
 */
export async function measureSearch(page: Page, queries: readonly string[]): Promise<SearchFigures> {
  await visit(page, { name: 'minutesOverview', hash: '#/minutes', complete: { rows: { selector: '#minutes-search', count: 1 } } });
  await page.evaluate(() => {
    const w = window as unknown as { benchLongTasks: number[] };
    w.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.benchLongTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const times: number[] = [];
  const input = page.locator('#minutes-search');
  for (const query of queries) {
    await input.fill('');
    await input.focus();
    for (const char of query.slice(0, -1)) {
      await page.keyboard.type(char);
      await page.waitForTimeout(80);
    }
    const lastKey = query.at(-1)!;
    // The last key is pressed from inside the page's clock: the time of the keydown is the start.
    await page.evaluate(() => {
      const w = window as unknown as { benchKeyAt?: number };
      w.benchKeyAt = undefined;
      document.querySelector('#minutes-search')!.addEventListener('keydown', () => (w.benchKeyAt = performance.now()), { once: true });
    });
    await page.keyboard.type(lastKey);
    const elapsed = await page.evaluate(
      (q) =>
        new Promise<number>((resolve, reject) => {
          const w = window as unknown as { benchKeyAt?: number };
          const poll = () => {
            // The status carries the query its results belong to (the search renders deferred).
            const shown = document.querySelector('[data-search-query]')?.getAttribute('data-search-query') === q;
            if (shown && w.benchKeyAt !== undefined) resolve(performance.now() - w.benchKeyAt);
            else if (w.benchKeyAt !== undefined && performance.now() - w.benchKeyAt > 30_000) reject(new Error('no search result'));
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        }),
      query,
    );
    times.push(elapsed);
    await page.waitForTimeout(300);
  }
  const longTasks = await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks);
  return { searchMs: median(times), typingLongestTaskMs: Math.max(0, ...longTasks) };
}

/** The JS heap in use now, after a garbage collection (Chrome DevTools Protocol), in MB. */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}
