import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage } from './harness/browser';
import { printReadinessScript } from '../../shared/print/printReadiness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('print readiness in a reused print window', () => {
  it('waits for the new route’s own document, never the previous one, and fails fast on an unknown document', async () => {
    const { context, page } = await newAppPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();

    await page.evaluate(() => (window.location.hash = '#/print/sample'));
    expect(await page.evaluate(printReadinessScript('/print/sample', 10_000))).toBe('ready');

    // Navigate and ask at once: the sample document is still on screen for a moment.
    const route = '/print/register/2025-09-01';
    const readiness = await page.evaluate(`(() => { window.location.hash = '#${route}'; return ${printReadinessScript(route, 10_000)}; })()`);
    expect(readiness).toBe('ready');
    const text = await page.locator(`[data-print-route="${route}"]`).innerText();
    expect(text).toContain('Lothar Beier');
    expect(text).not.toContain('Probedruck');

    // A known document whose data does not exist fails too: nothing would be saved as a PDF.
    await page.evaluate(() => (window.location.hash = '#/print/minutes/01ZZZZZZZZZZZZZZZZZZZZZZZZ'));
    expect(await page.evaluate(printReadinessScript('/print/minutes/01ZZZZZZZZZZZZZZZZZZZZZZZZ', 10_000))).toBe('failed');
    await page.evaluate(() => (window.location.hash = '#/print/plan/kein-jahr'));
    expect(await page.evaluate(printReadinessScript('/print/plan/kein-jahr', 10_000))).toBe('failed');

    await page.evaluate(() => (window.location.hash = '#/print/unbekannt/1'));
    expect(await page.evaluate(printReadinessScript('/print/unbekannt/1', 10_000))).toBe('failed');
    expect(await page.evaluate(printReadinessScript('/print/nie-geladen', 300))).toBe('timeout');
    await context.close();
  });
});
