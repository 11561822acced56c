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
  /** Body of a function evaluated in the page each frame: true once the screen is complete. */
  complete: string;
}

const noLoadingText = `!document.querySelector('main')?.textContent?.includes('Wird geladen')`;
const heading = (text: string) => `[...document.querySelectorAll('main h1')].some((h) => h.textContent?.includes(${JSON.stringify(text)}))`;
const rows = (selector: string, count: number) => `document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}`;

/** The daily screens and what "complete" means for each, for a dataset of `sittings` sittings. */
export function screenChecks(input: { sittings: number; lastSittingId: string; lastSittingItems: number; tasks: number }): ScreenCheck[] {
  const shownTasks = Math.min(input.tasks, 60);
  return [
    { name: 'overview', hash: '#/', complete: `${heading('Übersicht')} && ${noLoadingText}` },
    { name: 'plan', hash: '#/plan', complete: `${heading('Sitzungsplan')} && ${noLoadingText}` },
    { name: 'sittings', hash: '#/sittings', complete: `${rows('main table tbody tr', Math.min(input.sittings, 1))} && ${noLoadingText}` },
    { name: 'members', hash: '#/members', complete: `${rows('main table tbody tr', 1)} && ${noLoadingText}` },
    { name: 'minutesOverview', hash: '#/minutes', complete: `${rows('main table.data tbody tr', input.sittings)} && ${noLoadingText}` },
    {
      name: 'tasksAll',
      hash: '#/minutes/tasks?filter=all',
      complete: `document.querySelector('.mn-task-count')?.textContent?.startsWith('${input.tasks} ') && ${rows('main table.data tbody tr', shownTasks)}`,
    },
    { name: 'tasksOpen', hash: '#/minutes/tasks?filter=open', complete: `document.querySelector('.mn-task-count')?.textContent?.includes('Aufgabe') && ${noLoadingText}` },
    {
      name: 'minutesEditor',
      hash: `#/minutes/${input.lastSittingId}?tab=minutes`,
      complete: `${rows('main textarea', input.lastSittingItems)} && ${noLoadingText}`,
    },
    { name: 'statistics', hash: '#/sittings/stats', complete: `${rows('main table tbody tr', 2)} && ${noLoadingText}` },
  ];
}

/** The lazy screens whose first visit after start-up is measured. */
export const lazyScreens = ['plan', 'sittings', 'members', 'minutesOverview'] as const;

export async function openApp(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.waitForFunction(`${heading('Übersicht')} && ${noLoadingText}`, undefined, { timeout: 60_000 });
  return page;
}

/** One visit: the hash changes, then every frame checks; the time of the first complete frame. */
export async function visit(page: Page, check: ScreenCheck): Promise<number> {
  return page.evaluate(
    ([hash, complete]) =>
      new Promise<number>((resolve, reject) => {
        const done = new Function(`return (${complete});`) as () => boolean;
        const start = performance.now();
        window.location.hash = hash;
        const poll = () => {
          if (done()) resolve(performance.now() - start);
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
  await visit(page, { name: 'minutesOverview', hash: '#/minutes', complete: `!!document.querySelector('#minutes-search') && ${noLoadingText}` });
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
