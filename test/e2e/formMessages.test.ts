import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appUrl, artifactsDir, launchBrowser, newAppPage } from './harness/browser';
import { seedDatabase } from './harness/seedDatabase';
import { stableId } from '../../shared/domain/stableId';
import { catalogs } from '../fixtures/catalogs';
import type { Language } from '../../shared/domain/settings';

/**
 * Issue 13.5: every message a user sees in a form is in the UI language and says what to do. This
 * sweeps every form of the app, in German and in English: each visible field gets empty,
 * wrong-type (letters in number fields, impossible dates) and out-of-range input (huge and
 * negative numbers, dates before 1990 and after 2100, very long texts), the form is submitted
 * (or the field left), and every message on the page is read: alerts, status lines, the error
 * texts of invalid fields, dialogs, and the browser's own validation bubbles (which speak the
 * browser's language, not the app's).
 */

/** zod's and JavaScript's defaults, and a validation code shown as it is ("personRequired", "numberMax|90"). */
const DEFAULT_TEXT = [
  /Invalid input/i,
  /expected/i,
  /Too big/i,
  /Too small/i,
  /received/i,
  /\bNaN\b/,
  /\bundefined\b/,
  /\bnull\b/,
  /Required/,
  /must be/i,
  /Unable to/i,
  /\[object/,
  /Infinity/,
  /\b[a-z]+[A-Z][A-Za-z]*(\||\b)/,
];

/** Words a message in the other language would have (not names: those may be in either). */
const OTHER_LANGUAGE: Record<Language, RegExp> = {
  de: /\b(please|enter|must|invalid|required|the|number|date|field|value|between|at least|at most|choose|select)\b/i,
  en: /\b(bitte|eingeben|angeben|nicht|oder|zwischen|mindestens|höchstens|ungültig|Zahl|Datum|wählen|und|der|das|ein|eine|ist)\b/i,
};

type Round = 'empty' | 'wrong' | 'high' | 'low';
const ROUNDS: Round[] = ['empty', 'wrong', 'high', 'low'];
const LONG_TEXT = 'Abcdefghij '.repeat(600);

interface Station {
  name: string;
  /** Data the form needs, made once in German before the language is chosen (a plan, an agenda, a press draft). */
  setup?: (page: Page) => Promise<void>;
  /** Opens the form (a fresh page load each round); returns the part of the page to sweep. */
  open: (page: Page, t: (typeof catalogs)[Language]) => Promise<Locator>;
}

async function go(page: Page, hashPath: string): Promise<void> {
  // A blank page first: the app's address again is then a fresh load (not a mere hash change), and only one.
  await page.goto('about:blank');
  await page.goto(appUrl(hashPath));
  await page.locator('main').first().waitFor();
}

const hrefs = (page: Page) => page.locator('a[href^="#/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** The first link on a page whose target matches `pattern` (ids differ per demo load). */
const linksFound = new WeakMap<Page, Map<string, string>>();
async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  // Ids stay the same within one demo load: each list is looked at once per page.
  const known = linksFound.get(page) ?? new Map<string, string>();
  linksFound.set(page, known);
  const key = `${listPath} ${pattern.source}`;
  const found = known.get(key);
  if (found) return found;
  const href = await firstLinkOnList(page, listPath, pattern);
  known.set(key, href);
  return href;
}

async function firstLinkOnList(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await go(page, listPath);
  await expect.poll(async () => (await hrefs(page)).some((href) => pattern.test(href)), { timeout: 15_000 }).toBe(true);
  return (await hrefs(page)).find((href) => pattern.test(href))!.slice(1);
}

const SITTING = /^#\/sittings\/(?!stats)[^/?]+$/;
const MINUTES = /^#\/minutes\/(?!tasks)[^/?]+$/;
const sittingOf = (page: Page) => firstLink(page, '/sittings', SITTING);
/** The demo sitting's minutes. */
const minutesOf = (page: Page) => firstLink(page, '/minutes', MINUTES);
const membershipOf = async (page: Page) => firstLink(page, await firstLink(page, '/members/register', /^#\/members\/seat\/[^/]+$/), /^#\/members\/membership\/[^/]+$/);

const main = (page: Page) => page.locator('main').first();
const FIELDS = 'input, textarea, [role=spinbutton]';

async function fieldsShown(page: Page): Promise<Locator> {
  await main(page).locator(FIELDS).filter({ visible: true }).first().waitFor({ timeout: 15_000 });
  return main(page);
}

async function openByRoute(page: Page, hashPath: string): Promise<Locator> {
  await go(page, hashPath);
  return fieldsShown(page);
}

async function clickThenSweep(page: Page, hashPath: string, button: string | RegExp): Promise<Locator> {
  await go(page, hashPath);
  await page.getByRole('button', { name: button }).first().click();
  return fieldsShown(page);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const prefix = (format: (value: string) => string) => new RegExp(`^${escapeRegExp(format('§').split('§')[0]!)}`);

/** Clicks a button if it shows up (a confirmation that only some data needs). */
async function clickIfShown(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name }).first();
  if (await button.isVisible({ timeout: 2_000 }).catch(() => false)) await button.click();
}

async function createPlan2027(page: Page): Promise<void> {
  await go(page, '/plan/2027/new');
  await page.getByRole('button', { name: /^Plan speichern/ }).click();
  await clickIfShown(page, /^Trotzdem/);
  await page.getByText('Der Sitzungsplan wurde gespeichert.').waitFor();
}

async function agendaFromTemplate(page: Page): Promise<void> {
  await go(page, `${await minutesOf(page)}?tab=agenda`);
  await page.getByRole('button', { name: 'Aus Vorlage übernehmen' }).click();
  await page.getByRole('listitem', { name: 'Tagesordnungspunkt 8' }).waitFor();
}

async function pressDraft(page: Page): Promise<void> {
  await go(page, `${await minutesOf(page)}/press`);
  await page.getByRole('button', { name: 'Entwurf aus den Sitzungsdaten erstellen' }).click();
  await clickIfShown(page, /trotzdem/i);
  await main(page).locator('textarea').first().waitFor();
}

/**
 * Minutes of the demo sitting sent for approval, and a later held sitting to approve them in (the
 * approval form shows only then).
 */
let circulatedSittingId = '';
async function circulateMinutes(page: Page): Promise<void> {
  const sittingId = (await sittingOf(page)).split('/').pop()!;
  circulatedSittingId = sittingId;
  const sitting = await page.evaluate(async (id) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<object>((resolve) => {
      const request = db.transaction('sittings').objectStore('sittings').get(id);
      request.onsuccess = () => resolve(request.result as object);
    });
    db.close();
    return row;
  }, sittingId);
  const updatedAt = new Date().toISOString();
  await seedDatabase(page, {
    minutes: [
      { id: stableId('e2e:formMessages:minutes'), updatedAt, sittingId, chair: '', recorder: '', place: '', status: 'circulated', circulatedAt: updatedAt, version: 1 },
    ],
    sittings: [{ ...sitting, id: stableId('e2e:formMessages:later'), date: '2025-06-02', status: 'held', updatedAt }],
  });
}

const stations: Station[] = [
  { name: 'Person (neu)', open: (page) => openByRoute(page, '/members/person/new') },
  { name: 'Person (bearbeiten, mit Briefanschrift)', open: async (page) => openByRoute(page, await firstLink(page, '/members/persons', /^#\/members\/person\/(?!new)[^/]+$/)) },
  { name: 'Mitglied hinzufügen', open: (page) => openByRoute(page, '/members/member/new') },
  { name: 'Mitgliedschaft', open: async (page) => openByRoute(page, await membershipOf(page)) },
  { name: 'Vertretung (neu)', open: async (page) => openByRoute(page, `${await membershipOf(page)}/deputy/new`) },
  { name: 'Nachfolge', open: async (page) => openByRoute(page, `${await firstLink(page, '/members/register', /^#\/members\/seat\/[^/]+$/)}/succession`) },
  { name: 'Gebietskörperschaft', open: async (page) => openByRoute(page, await firstLink(page, '/members/territories', /^#\/members\/territory\/[^/]+$/)) },
  { name: 'Sprecher/in', open: (page) => openByRoute(page, '/members/spokesperson') },
  { name: 'Register (Stichtag)', open: (page) => openByRoute(page, '/members/register') },
  { name: 'Sitzungsplan (neu)', open: (page) => openByRoute(page, '/plan/2031/new') },
  { name: 'Zusätzliche Sitzung', setup: createPlan2027, open: (page, t) => clickThenSweep(page, '/plan/2027?view=list', t.plan.actions.extra) },
  { name: 'Sitzung verschieben', setup: createPlan2027, open: (page, t) => clickThenSweep(page, '/plan/2027?view=list', prefix(t.plan.actions.moveOf)) },
  { name: 'Sitzung absagen', setup: createPlan2027, open: (page, t) => clickThenSweep(page, '/plan/2027?view=list', prefix(t.plan.actions.cancelOf)) },
  { name: 'Sitzung anlegen', open: (page, t) => clickThenSweep(page, '/sittings', t.sittings.create) },
  {
    name: 'Sitzung: Angaben, Anwesenheit mit Grund und Zeiten',
    open: async (page, t) => {
      await go(page, await sittingOf(page));
      // An excused member gets a reason field.
      await main(page).getByRole('radio', { name: t.sittings.attendance.statuses.excused }).first().click();
      await expect.poll(() => main(page).locator('.detail-cell input, .detail-cell textarea').filter({ visible: true }).count()).toBeGreaterThan(0);
      return fieldsShown(page);
    },
  },
  {
    name: 'Neue Vertretung in der Anwesenheit',
    open: async (page) => {
      await go(page, await sittingOf(page));
      await main(page).locator('select:has(option[value="__new__"])').first().selectOption('__new__');
      return fieldsShown(page);
    },
  },
  { name: 'Gast hinzufügen', open: async (page, t) => clickThenSweep(page, await sittingOf(page), t.sittings.guests.add) },
  { name: 'Niederschrift: Tagesordnung', setup: agendaFromTemplate, open: async (page) => openByRoute(page, `${await minutesOf(page)}?tab=agenda`) },
  { name: 'Niederschrift: Kopf und Texte', setup: agendaFromTemplate, open: async (page) => openByRoute(page, `${await minutesOf(page)}?tab=minutes`) },
  { name: 'Beschluss mit Stimmen', setup: agendaFromTemplate, open: async (page, t) => clickThenSweep(page, `${await minutesOf(page)}?tab=minutes`, t.minutes.decisions.add) },
  { name: 'Aufgabe', setup: agendaFromTemplate, open: async (page, t) => clickThenSweep(page, `${await minutesOf(page)}?tab=minutes`, t.minutes.actionItems.add) },
  {
    name: 'Genehmigung',
    setup: async (page) => {
      await circulateMinutes(page);
    },
    open: async (page) => openByRoute(page, `/minutes/${circulatedSittingId}?tab=approval`),
  },
  { name: 'Pressemitteilung', setup: pressDraft, open: async (page) => openByRoute(page, `${await minutesOf(page)}/press`) },
  { name: 'Einstellungen (Konvent, Ladungsfrist, Briefkopf, Geschäftsstelle, Kontakt, Unterzeichnung, Vorlage der Tagesordnung)', open: (page) => openByRoute(page, '/settings') },
  { name: 'Synchronisation', open: (page) => openByRoute(page, '/sync') },
];

/** Types `value` into a field as a user would (number fields take only what the browser lets through). */
async function typeInto(page: Page, control: Locator, value: string): Promise<void> {
  const type = await control.getAttribute('type');
  if (type === 'number') {
    await control.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    if (value) await page.keyboard.type(value);
  } else {
    await control.fill(value);
  }
}

function valueFor(round: Round, kind: 'number' | 'numeric' | 'email' | 'text'): string {
  switch (round) {
    case 'empty':
      return '';
    case 'wrong':
      return { number: '1e', numeric: 'abcde', email: 'kein-at-zeichen', text: '   ' }[kind];
    case 'high':
      return { number: '99999999999', numeric: '99999', email: `${'x'.repeat(300)}@example.org`, text: LONG_TEXT }[kind];
    case 'low':
      return { number: '-5', numeric: '-1', email: '@', text: '<script>x</script>' }[kind];
  }
}

/** Digits typed into a date (TT MM JJJJ) or time (hh mm) field, segment by segment. */
function segmentsFor(round: Round, segments: number): string {
  const date = { empty: '', wrong: '31022026', high: '31122200', low: '01011800' }[round];
  const time = { empty: '', wrong: '2599', high: '2359', low: '0000' }[round];
  return segments >= 3 ? date : time;
}

async function fillAll(page: Page, scope: Locator, round: Round): Promise<number> {
  let filled = 0;
  const fields = scope.locator(
    'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=button]):not([type=submit]):not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly])',
  );
  for (const control of await fields.all()) {
    if (!(await control.isVisible())) continue;
    if ((await control.getAttribute('role')) === 'combobox') continue;
    const type = await control.getAttribute('type');
    const inputMode = await control.getAttribute('inputmode');
    const kind = type === 'number' ? 'number' : inputMode === 'numeric' ? 'numeric' : type === 'email' ? 'email' : 'text';
    await typeInto(page, control, valueFor(round, kind));
    filled += 1;
  }
  for (const group of await scope.locator('.date-group').all()) {
    if (!(await group.isVisible())) continue;
    const segments = group.getByRole('spinbutton');
    const count = await segments.count();
    if (count === 0 || (await segments.first().getAttribute('aria-disabled')) === 'true') continue;
    for (let index = count - 1; index >= 0; index -= 1) {
      await segments.nth(index).focus();
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('Backspace');
    }
    const digits = segmentsFor(round, count);
    if (digits) {
      await segments.first().focus();
      await page.keyboard.type(digits);
    }
    await page.keyboard.press('Tab');
    filled += 1;
  }
  return filled;
}

/**
 * Submits every visible form in the scope (its first submit button) and reads the page after each:
 * saving one panel may redraw another. Fields outside forms were left with Tab.
 */
async function submitAll(page: Page, scope: Locator, seen: Set<string>): Promise<void> {
  for (const form of await scope.locator('form').all()) {
    if (!(await form.isVisible())) continue;
    const submit = form.locator('button[type=submit], button:not([type])').filter({ visible: true });
    if ((await submit.count()) === 0) continue;
    const button = submit.first();
    if (await button.isDisabled()) continue;
    await button.click({ timeout: 5_000 }).catch(() => undefined);
    await page.waitForTimeout(150);
    for (const message of await messagesOnPage(page)) seen.add(message);
  }
}

/** Every message on the page: alerts, status lines, field errors, dialogs, browser validation bubbles. */
async function messagesOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Set<string>();
    const visible = (element: Element) => (element as HTMLElement).getClientRects().length > 0;
    const add = (element: Element | null) => {
      if (!element || !visible(element)) return;
      const text = (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
      if (text) seen.add(text.slice(0, 400));
    };
    document
      .querySelectorAll('[role=alert], [role=alertdialog], [role=dialog], [role=status], [aria-live], .field-error, .form-error, .error-summary, [class*="error"]')
      .forEach(add);
    document.querySelectorAll('[aria-invalid=true]').forEach((control) => {
      for (const id of (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) add(document.getElementById(id));
    });
    document.querySelectorAll('form').forEach((form) => {
      if (form.noValidate) return;
      form.querySelectorAll('input, textarea, select').forEach((control) => {
        const field = control as HTMLInputElement;
        if (!field.validity.valid && field.validationMessage) seen.add(`browser bubble: ${field.validationMessage}`);
      });
    });
    return [...seen];
  });
}

function problemsIn(messages: readonly string[], language: Language): string[] {
  const problems: string[] = [];
  for (const message of messages) {
    if (message.startsWith('browser bubble: ')) problems.push(message);
    for (const pattern of DEFAULT_TEXT) if (pattern.test(message)) problems.push(`default text (${pattern.source}): ${message}`);
    if (OTHER_LANGUAGE[language].test(message)) problems.push(`other language: ${message}`);
  }
  return problems;
}

let browser: Browser;
/** What each form said, for a look afterwards (test/e2e/.artifacts/form-messages.json). */
const seenPerForm: Record<string, string[]> = {};
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(path.join(artifactsDir, 'form-messages.json'), JSON.stringify(seenPerForm, null, 1));
});

async function newPageIn(language: Language, station: Station): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await newAppPage(browser);
  await page.goto(appUrl('/'));
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
  await station.setup?.(page);
  if (language === 'en') {
    await go(page, '/settings');
    await page.getByLabel('Sprache', { exact: true }).first().selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  }
  return { page, close: () => context.close() };
}

// Several forms at a time, each in its own browser context (the e2e project's maxConcurrency): the sweep is ~50 page sets.
describe.concurrent.each(['de', 'en'] as const)('every form in %s: no zod or JavaScript default, no message in the other language', (language) => {
  it.each(stations)('$name', async (station) => {
    const { page, close } = await newPageIn(language, station);
    const t = catalogs[language];
    const seen = new Set<string>();
    let filled = 0;
    for (const round of ROUNDS) {
      const scope = await station.open(page, t);
      filled += await fillAll(page, scope, round);
      await page.keyboard.press('Tab');
      for (const message of await messagesOnPage(page)) seen.add(message);
      await submitAll(page, scope, seen);
      for (const message of await messagesOnPage(page)) seen.add(message);
      await page.keyboard.press('Escape');
    }
    await close();
    seenPerForm[`${language}: ${station.name}`] = [...seen];
    expect(filled, 'no field found to fill').toBeGreaterThan(0);
    expect(problemsIn([...seen], language)).toEqual([]);
  }, 180_000);
});
