import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromiumPath } from './globalSetup';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=de-DE',
];

export const artifactsDir = path.resolve('test/e2e/.artifacts');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** A fresh profile (own IndexedDB) at a desktop size, German locale and Berlin time. */
export async function newAppPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { konventErrors: string[] }).konventErrors = errors;
  return { context, page };
}

/** Page errors and console errors seen so far (CSP violations show up here too). */
export function pageErrors(page: Page): string[] {
  return (page as Page & { konventErrors?: string[] }).konventErrors ?? [];
}

export function appUrl(hashPath = '/'): string {
  return `${inject('baseUrl')}#${hashPath}`;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page; returns serious and critical violations only. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Types a date ("2026-03-11") or time ("14:00") into a segmented date/time field (react-aria) by keyboard,
 * as a user does: focus the first segment, type the digits in the order the field shows them (day,
 * month, year in German and British English). An empty value clears every segment.
 */
export async function fillDateField(page: Page, label: string, value: string, scope: Pick<Page, 'getByRole'> = page): Promise<void> {
  const group = scope.getByRole('group', { name: label, exact: true });
  const segments = group.getByRole('spinbutton');
  const count = await segments.count();
  if (value === '') {
    for (let index = count - 1; index >= 0; index -= 1) {
      await segments.nth(index).focus();
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('Backspace');
    }
    return;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const digits = iso ? `${iso[3]}${iso[2]}${iso[1]}` : value.replace(':', '');
  await segments.first().focus();
  await page.keyboard.type(digits);
  await page.keyboard.press('Tab');
}
