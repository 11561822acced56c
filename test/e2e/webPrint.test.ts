import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage, pageErrors } from './harness/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('printing in web mode (the browser print dialog)', () => {
  it('loads the print route in a hidden frame under the CSP and opens the print dialog once the document is ready', async () => {
    const { context, page } = await newAppPage(browser);
    // Record print() calls of every frame instead of opening a dialog, with what the frame showed.
    await context.addInitScript(() => {
      window.print = () => {
        const top = window.top as Window & { printed?: Record<string, unknown>[] };
        // What the print dialog prints: the frame's title (the PDF title), the footer the @page
        // margin boxes read, and whether those margin boxes are in force (the same rules as page.pdf()).
        const pageRules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSPageRule);
        top.printed = [
          ...(top.printed ?? []),
          {
            hash: window.location.hash,
            text: document.body.innerText,
            title: document.title,
            footer: getComputedStyle(document.documentElement).getPropertyValue('--print-footer-left'),
            pageCounter: pageRules.some((rule) => rule.cssText.includes('counter(pages)')),
          },
        ];
      };
    });
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await page.goto(appUrl('/sittings'));
    await page.getByRole('link', { name: /28\.04\.2025/ }).first().click();
    await page.getByRole('button', { name: 'Anwesenheitsliste drucken' }).click();
    await expect.poll(() => page.evaluate(() => (window as Window & { printed?: unknown[] }).printed?.length ?? 0), { timeout: 20_000 }).toBe(1);
    const [printed] = (await page.evaluate(() => (window as Window & { printed?: { hash: string; text: string; title: string; footer: string; pageCounter: boolean }[] }).printed)) ?? [];
    expect(printed?.hash).toMatch(/^#\/print\/signin\//);
    expect(printed?.text).toContain('Anwesenheitsliste');
    expect(printed?.text).toContain('Lothar Beier');
    // The same footer and title as the desktop PDF: one implementation (CSS @page margin boxes).
    expect(printed?.title).toBe('Anwesenheitsliste der Sitzung des Regionalkonvents am 28.04.2025');
    expect(printed?.footer).toBe('"Anwesenheitsliste der Sitzung am 28.04.2025"');
    expect(printed?.pageCounter).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
