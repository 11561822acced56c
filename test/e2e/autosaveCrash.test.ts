import { afterAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appUrl } from './harness/browser';
import { chromiumPath } from './harness/globalSetup';

/**
 * Issue 19, point 2: a keystroke survives a crash. The browser process is killed with SIGKILL
 * 100 ms after the last keystroke (no reload, no unload handler runs), then started again with
 * the same profile: the text is in the field and reaches the database.
 */
const profile = mkdtempSync(path.join(tmpdir(), 'konvent-crash-'));
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.pid) killGroup(child.pid);
  rmSync(profile, { recursive: true, force: true });
});

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Chromium as its own process group with the given profile, connected over CDP. */
async function startChromium(): Promise<{ child: ChildProcess; browser: Browser; page: Page }> {
  const child = spawn(
    chromiumPath(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=de-DE',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'Europe/Berlin' } },
  );
  running.push(child);
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(wsUrl);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 900 });
  return { child, browser, page };
}

async function storedPlace(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows: { place?: string }[] = await new Promise((resolve) => {
      const request = db.transaction('minutes').objectStore('minutes').getAll();
      request.onsuccess = () => resolve(request.result as { place?: string }[]);
    });
    db.close();
    return rows.find((row) => row.place)?.place;
  });
}

describe('a keystroke survives a crash of the browser', () => {
  it('text typed 100 ms before SIGKILL of the Chromium process is shown after the restart', async () => {
    const first = await startChromium();
    const { page } = first;
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await page.goto(appUrl('/minutes'));
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('tab', { name: 'Niederschrift' }).click();
    const minutesUrl = page.url();
    const place = page.getByLabel('Ort', { exact: true });
    await place.click();
    // Let the minutes row exist first (the first save creates it), then type the text to lose.
    await place.fill('R');
    await expect.poll(() => storedPlace(page), { timeout: 15_000 }).toBe('R');
    const typed = 'Rathaus Zwickau, Ratssaal, Hauptmarkt 1';
    await place.fill('');
    await page.keyboard.type(typed.slice(0, -8));
    await page.keyboard.type(typed.slice(-8)); // no delay between keys
    await new Promise((resolve) => setTimeout(resolve, 100));
    const pid = first.child.pid!;
    process.kill(pid, 'SIGKILL');
    killGroup(pid);
    await new Promise<void>((resolve) => (first.child.exitCode !== null || first.child.signalCode ? resolve() : first.child.once('exit', () => resolve())));
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startChromium();
    try {
      await second.page.goto(minutesUrl);
      await expect.poll(() => second.page.getByLabel('Ort', { exact: true }).inputValue(), { timeout: 20_000 }).toBe(typed);
      // The recovered text is saved into the database, not only shown.
      await expect.poll(() => storedPlace(second.page), { timeout: 20_000 }).toBe(typed);
    } finally {
      await second.browser.close().catch(() => undefined);
      killGroup(second.child.pid!);
    }
  });
});
