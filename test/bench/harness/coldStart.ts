import type { BrowserContext } from 'playwright-core';

/**
 * Web mode from navigation to the Übersicht rendered with its data: the time the page itself
 * reports (performance.now() counts from navigation start) when the heading "Übersicht" appears.
 */
export async function measureColdStart(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => {
        const heading = [...document.querySelectorAll('h1')].find((h) => h.textContent === 'Übersicht');
        return heading ? performance.now() : null;
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}
