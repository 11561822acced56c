import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { appUrl, artifactsDir, fillDateField, launchBrowser, newAppPage, screenshot } from './harness/browser';
import { catalogs } from '../fixtures/catalogs';
import type { Language } from '../../shared/domain/settings';

/**
 * Issue 15.2: "A test walks every screen in English and fails on German words outside user data,
 * and the same the other way round." With the demo data loaded (real IndexedDB, web mode), every
 * screen of the navigation, a sitting's page with its attendance, the minutes editor's tabs, the
 * press release, a member's pages and forms (with their validation errors shown), a refused
 * deletion, the plan's views, the statistics, sync, the settings panels and the backup panel are
 * opened in English and in German. Every visible text, document title and aria-label, title,
 * placeholder and alt is checked against words of the other language. User data (names, territory
 * names, venues, agenda titles, minutes texts, …) is read from the database and cut out first; an element
 * marked data-user-data or data-document-text (a German document's own words, e.g. the minutes' attendance
 * lines) is left out, and so is German quoted in English hints.
 */

/** Words that are German and never English (lower case). Any word with ä, ö, ü or ß counts too. */
const GERMAN_ONLY = new Set(
  `und oder der das den dem des nicht mit von vom bitte keine kein keinen ist sind wird werden wurde wurden eine einen einer eines
  auch noch nur alle zur zum beim seit bis ab sie wir ihre ihr hier jetzt neu neue neuen neuer
  sitzung sitzungen mitglied mitglieder mitgliedschaft mitgliedschaften niederschrift niederschriften gastgeber einladung einladungen
  anwesenheit anwesend vertretung vertretungen beschluss aufgabe aufgaben tagesordnung einstellungen sicherung speichern abbrechen
  bearbeiten zeitraum uhrzeit sitzungsort sprache sprecher gremium sitz gebietskörperschaft vorlage entwurf genehmigt genehmigung
  abgesagt geplant durchgeführt beginn ende hinweis ladungsfrist ordner datei wählen auswählen anlegen eintragen
  nachfolge amtszeit vorname nachname anrede titel person personen gäste gast erledigt offen stimmen enthaltungen einstimmig
  angenommen abgelehnt zurück weiter schließen drucken herunterladen wiederherstellen erstellen löschen hinzufügen suchen suche
  heute gestern morgen jahr jahre monat monate woche wochen tage uhr januar februar märz mai juni juli oktober dezember
  montag dienstag mittwoch donnerstag freitag samstag sonntag di mi
  verschoben sperrzeit ferien feiertag reihenfolge gesamt
  übersicht auswertung protokoll protokolle rechner gerät geräte zuletzt gespeichert geändert
  vertreten durch entschuldigt abwesend landkreis kreisfreie stadt erster ersten beigeordneter beigeordneten
  sowie wenn dann kann muss soll diese dieser dieses bereits ohne nach vor bei aus auf als wie es ein uns sich`.split(/\s+/).filter(Boolean),
);
// Left out because they are English words too: "die", "am", "in", "an", "so", "was", "will", "also", "plan", "name", "status",
// "export", "register", "tag", "rotation", "version", "person" (only the plural "Personen" is listed).
GERMAN_ONLY.delete('person');

/** Words that are English and never German (lower case). */
const ENGLISH_ONLY = new Set(
  `the and of with please sitting sittings member members membership memberships minutes save cancel delete edit add settings backup
  attendance deputy deputies decision decisions action item items agenda host hosts choose select enter date time none yes
  from since until this that these those is are could should would loading error failed file folder open close print
  undo search today year years month months week weeks day days january february march may june july october december
  monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
  new show hide back next previous approve approved approval draft cancelled planned held postponed holidays holiday
  spokesperson territory territories seat seats body guest guests present absent excused represented overview statistics
  sync device devices last first title function organization phone notes venue invitation letter letters
  record records review reviewed correction copy download restore create created changed saved
  by for to on at or it be has have been which there their your you our`.split(/\s+/).filter(Boolean),
);

/** Issue 15.4, one term per thing in German (GERMAN-DOCUMENTS.md §4): Niederschrift, not Protokoll; PC, not Rechner. */
const NOT_OUR_GERMAN_TERMS = new Set(['protokoll', 'protokolle', 'protokollen', 'protokolls', 'rechner', 'rechners', 'rechnern']);

/** Plurals are written out, never "Aufgabe(n)", "Beschluss/Beschlüssen" or "day(s)" (Intl.PluralRules). */
const BRACKET_PLURAL = /\p{L}\((?:n|en|e|s|es|er)\)(?!\p{L})|Beschluss\/Beschl/u;


interface Chunk {
  text: string;
  where: string;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The free-text fields of the stored rows: what users (or the demo roster) typed, never an enum or a generated text. */
const USER_FIELDS: Record<string, readonly string[]> = {
  persons: ['title', 'firstName', 'lastName', 'function', 'organization', 'email', 'phone', 'notes', 'functionAccusative', 'street', 'city'],
  territories: ['name', 'headTitle', 'seat', 'defaultVenue'],
  sittings: ['title', 'venue'],
  attendance: ['reason', 'role'],
  guests: ['name', 'function', 'organization'],
  agendaItems: ['title', 'presenter', 'notes'],
  decisions: ['motion', 'wording'],
  actionItems: ['text', 'owner'],
  minutes: ['chair', 'recorder', 'place'],
  minutesVersions: ['reason'],
  settings: ['conventName', 'letterhead', 'agendaTemplate', 'officeName', 'officeStreet', 'officeCity', 'mailSignature', 'pressContact'],
  pressReleases: ['title', 'text', 'lead', 'body', 'quote', 'contact'],
};

async function userStrings(page: Page): Promise<string[]> {
  return page.evaluate(async (fields) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: string[] = [];
    for (const [table, names] of Object.entries(fields)) {
      if (!db.objectStoreNames.contains(table)) continue;
      const rows: Record<string, unknown>[] = await new Promise((resolve) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      });
      for (const row of rows) {
        for (const name of names) {
          const value = row[name];
          for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string' && item.trim()) out.push(item);
        }
      }
    }
    db.close();
    return out;
  }, USER_FIELDS);
}

interface UserData {
  exact: Set<string>;
  corpus: string;
  /** Longest first, so "Landkreis Zwickau" goes before "Zwickau". */
  pieces: string[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function userData(strings: readonly string[]): UserData {
  const pieces = new Set<string>();
  for (const value of strings) {
    pieces.add(squash(value));
    // Minutes texts are Markdown: each line, without its markers, appears on its own.
    for (const line of value.split(/\n+/)) {
      const plain = squash(line.replace(/^\s*(#+|[-*]|\d+\.)\s+/, '').replace(/[*_`]+/g, ''));
      if (plain.length >= 4) pieces.add(plain);
    }
  }
  const list = [...pieces].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
  return { exact: new Set(list), corpus: list.join('\n'), pieces: list };
}

/** Every text a user sees or hears on the page: visible text nodes, options, labels for assistive technology, the title. */
async function visibleChunks(page: Page): Promise<Chunk[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = [];
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).slice(0, 2).map((c) => `.${c}`).join('');
      const parent = el.parentElement ? `${el.parentElement.tagName.toLowerCase()} > ` : '';
      return `${parent}${el.tagName.toLowerCase()}${id}${cls}`;
    };
    const shown = (el: Element) => {
      const option = el.closest('option, optgroup');
      if (option) return !!option.closest('select')?.checkVisibility();
      return el.checkVisibility();
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, noscript, [data-user-data], [data-document-text]') || !shown(el)) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, where: describe(el) });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')) {
      if (el.closest('[data-user-data], [data-document-text]') || !shown(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const value = el.getAttribute(name)?.replace(/\s+/g, ' ').trim();
        if (value) out.push({ text: value, where: `${describe(el)}[${name}]` });
      }
    }
    out.push({ text: document.title, where: 'document.title' });
    return out;
  });
}

/** Every word seen outside user data (written to the artifacts with KONVENT_WORDS=1, to review by eye). */
const seenWords: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };

/** The words of the other language in the texts, user data cut out. */
function foreignWords(chunks: readonly Chunk[], user: UserData, language: Language): string[] {
  const found: string[] = [];
  for (const chunk of chunks) {
    let text = squash(chunk.text);
    if (!text || user.exact.has(text) || (text.length >= 12 && user.corpus.includes(text))) continue;
    for (const piece of user.pieces) if (text.includes(piece)) text = text.split(piece).join(' ⁂ ');
    // English hints quote German on purpose: what the German letters and minutes will say ('"vertreten durch Landrat"').
    if (language === 'en') text = text.replace(/“[^”]*”|"[^"]*"|„[^“]*“/g, ' ⁂ ');
    for (const plural of text.match(new RegExp(BRACKET_PLURAL, 'gu')) ?? []) found.push(`plural "${plural}" in "${squash(chunk.text)}" (${chunk.where})`);
    // Dates too: "28.04.2025" is German, "28/04/2025" English.
    for (const date of text.match(language === 'en' ? /\b\d{1,2}\.\d{1,2}\.\d{4}\b/g : /\b\d{1,2}\/\d{1,2}\/\d{4}\b/g) ?? []) {
      found.push(`date "${date}" in "${squash(chunk.text)}" (${chunk.where})`);
    }
    for (const word of text.match(/\p{L}[\p{L}’'-]*/gu) ?? []) {
      if (!seenWords[language].has(word)) seenWords[language].set(word, `${squash(chunk.text).slice(0, 160)} (${chunk.where})`);
      const lower = word.toLocaleLowerCase('de').replace(/[’'-]+$/, '');
      const foreign = language === 'en' ? GERMAN_ONLY.has(lower) || /[äöüß]/.test(lower) : ENGLISH_ONLY.has(lower) || NOT_OUR_GERMAN_TERMS.has(lower);
      if (foreign) found.push(`"${word}" in "${squash(chunk.text)}" (${chunk.where})`);
    }
  }
  return found;
}

interface Ids {
  firstSitting: string;
  futureSitting: string;
  person: string;
  membership: string;
  seat: string;
  territory: string;
}

async function demoIds(page: Page): Promise<Ids> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T,>(table: string): Promise<T[]> =>
      new Promise((resolve) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const sittings = (await all<{ id: string; date: string }>('sittings')).sort((a, b) => a.date.localeCompare(b.date));
    const persons = await all<{ id: string; lastName: string }>('persons');
    const memberships = await all<{ id: string; personId: string; seatId: string }>('memberships');
    const territories = await all<{ id: string }>('territories');
    db.close();
    const krueger = persons.find((p) => p.lastName === 'Krüger')!;
    const membership = memberships.find((m) => m.personId === krueger.id)!;
    const today = new Date().toISOString().slice(0, 10);
    return {
      firstSitting: sittings[0]!.id,
      futureSitting: (sittings.find((s) => s.date > today) ?? sittings[sittings.length - 1]!).id,
      person: krueger.id,
      membership: membership.id,
      seat: membership.seatId,
      territory: territories[0]!.id,
    };
  });
}

async function settle(page: Page, language: Language) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByText(catalogs[language].common.loading).first().waitFor({ state: 'hidden' });
  await page.waitForTimeout(250);
}

async function open(page: Page, hashPath: string, language: Language) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${hashPath}`);
  await settle(page, language);
}

async function chooseLanguage(page: Page, from: Language, to: Language) {
  await open(page, '/settings', from);
  await page.getByLabel(catalogs[from].settings.language, { exact: true }).selectOption(to);
  await page.getByRole('heading', { level: 1, name: catalogs[to].settings.title }).waitFor();
}

/** Clicks the first submit button of the page's main form (forms are empty or cleared first): the validation errors show. */
async function submitEmpty(page: Page) {
  await page.locator('main form button[type=submit]').first().click();
  await page.locator('.field-error, [role=alert]').first().waitFor();
  await page.waitForTimeout(150);
}

async function walk(page: Page, language: Language, ids: Ids, user: UserData): Promise<Record<string, string[]>> {
  const t = catalogs[language];
  const results: Record<string, string[]> = {};
  const check = async (name: string) => {
    const words = foreignWords(await visibleChunks(page), user, language);
    if (words.length) results[name] = words;
    if (process.env.KONVENT_SCREENSHOTS) await screenshot(page, `language-${language}-${name.replace(/[^a-z0-9]+/gi, '-')}`);
  };
  const visit = async (name: string, hashPath: string) => {
    await open(page, hashPath, language);
    await check(name);
  };

  await visit('overview', '/');
  const year = new Date().getFullYear();
  await visit('plan', `/plan/${year}`);
  await visit('plan calendar', `/plan/${year}?view=calendar`);
  await visit('plan fairness', `/plan/${year}?view=fairness`);
  await visit('plan new', `/plan/${year + 3}/new`);
  if (language === 'en') {
    // A saved plan stores its notes (moved dates, blocked periods): they show on the plan's own screen.
    await page.locator('main form button[type=submit]').first().click();
    await page.waitForURL(/saved=1/);
  }
  await visit('plan of a new year', `/plan/${year + 3}`);
  await visit('plan of a new year (calendar)', `/plan/${year + 3}?view=calendar`);
  await visit('sittings', '/sittings');
  await page.getByRole('button', { name: t.sittings.create, exact: true }).click();
  await submitEmpty(page);
  await check('new sitting form with errors');
  await visit('sitting detail (held, attendance)', `/sittings/${ids.firstSitting}`);
  await visit('sitting detail (future)', `/sittings/${ids.futureSitting}`);
  await visit('statistics', '/sittings/stats');
  await visit('members register', '/members');
  await visit('members persons', '/members/persons');
  await visit('member detail', `/members/person/${ids.person}`);
  await page.getByRole('button', { name: t.members.person.delete, exact: true }).click();
  await page.getByRole('dialog').waitFor();
  await check('person deletion refused (dialog)');
  await page.getByRole('dialog').getByRole('button').first().click();
  await visit('membership', `/members/membership/${ids.membership}`);
  await visit('seat', `/members/seat/${ids.seat}`);
  await visit('succession form', `/members/seat/${ids.seat}/succession`);
  await submitEmpty(page);
  await check('succession form with errors');
  // A rule of shared/ refuses the date: its message is a code with parameters, written in the UI language.
  const successor = page.getByLabel(t.members.successionForm.successor, { exact: true });
  const michaelis = await successor.locator('option', { hasText: 'Michaelis' }).first().getAttribute('value');
  await successor.selectOption(michaelis!);
  await fillDateField(page, t.members.successionForm.changeDate, '2020-01-01');
  await page.locator('main form button[type=submit]').first().click();
  await page.locator('.field-error').filter({ hasText: /28[./]04[./]2025/ }).first().waitFor();
  await check('succession refused by a register rule');
  await visit('new deputy form', `/members/membership/${ids.membership}/deputy/new`);
  await submitEmpty(page);
  await check('new deputy form with errors');
  await visit('new person form', '/members/person/new');
  await submitEmpty(page);
  await check('new person form with errors');
  await visit('new member form', '/members/member/new');
  await submitEmpty(page);
  await check('new member form with errors');
  await visit('territories', '/members/territories');
  await visit('territory form', `/members/territory/${ids.territory}`);
  await page.getByLabel(t.members.territories.name, { exact: true }).fill('');
  await submitEmpty(page);
  await check('territory form with errors');
  await visit('spokesperson', '/members/spokesperson');
  await visit('minutes overview', '/minutes');
  await visit('action items', '/minutes/tasks');
  await visit('minutes agenda tab', `/minutes/${ids.firstSitting}?tab=agenda`);
  await page.getByRole('button', { name: t.minutes.agenda.fromTemplate, exact: true }).click();
  await page.getByText(t.minutes.agenda.top(1), { exact: true }).first().waitFor();
  await page.locator('form.mn-agenda-add button[type=submit]').click();
  await page.locator('form.mn-agenda-add .field-error').first().waitFor();
  await check('agenda from the template, adding an item without a title');
  await visit('minutes editor tab', `/minutes/${ids.firstSitting}?tab=minutes`);
  await page.getByRole('button', { name: t.minutes.decisions.add, exact: true }).first().click();
  await page.getByRole('button', { name: t.minutes.actionItems.add, exact: true }).first().click();
  await page.locator('form.mn-task-add button[type=submit]').first().click();
  await page.locator('form.mn-task-add .field-error').first().waitFor();
  await check('minutes editor with a new decision, adding an action item without text');
  await visit('minutes approval tab', `/minutes/${ids.firstSitting}?tab=approval`);
  await visit('minutes of a future sitting', `/minutes/${ids.futureSitting}`);
  await visit('press release', `/minutes/${ids.firstSitting}/press`);
  await visit('sync', '/sync');
  await page.getByLabel(t.sync.setUp.pcName, { exact: true }).fill('');
  await submitEmpty(page);
  await check('sync set-up without a PC name');
  await visit('settings (with backup and minutes panels)', '/settings');
  await page.getByLabel(t.settings.conventName, { exact: true }).fill('');
  await submitEmpty(page);
  await check('settings form with errors');
  await page.getByLabel(t.backup.chooseFile, { exact: true }).setInputFiles({ name: 'kaputt.konvent', mimeType: 'application/octet-stream', buffer: Buffer.from('no backup') });
  await page.locator('[role=alert], .backup-strong').first().waitFor();
  await check('backup restore of a damaged file');
  await visit('page not found', '/gibt-es-nicht');
  return results;
}

describe('one language per screen (issue 15.2)', () => {
  it('shows no German word outside user data in English, and no English word in German, on any screen', async () => {
    const { context, page } = await newAppPage(browser, { width: 1280, height: 800 });
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: catalogs.de.overview.loadDemo }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    const ids = await demoIds(page);
    const user = userData(await userStrings(page));
    expect(user.pieces.length).toBeGreaterThan(50);

    await chooseLanguage(page, 'de', 'en');
    const english = await walk(page, 'en', ids, user);
    await chooseLanguage(page, 'en', 'de');
    const german = await walk(page, 'de', ids, user);

    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(path.join(artifactsDir, 'one-language-per-screen.json'), JSON.stringify({ english, german }, null, 2));
    if (process.env.KONVENT_WORDS) {
      const words = { en: Object.fromEntries([...seenWords.en].sort()), de: Object.fromEntries([...seenWords.de].sort()) };
      writeFileSync(path.join(artifactsDir, 'one-language-per-screen-words.json'), JSON.stringify(words, null, 2));
    }
    expect(english, 'German words in the English UI').toEqual({});
    expect(german, 'English words in the German UI').toEqual({});
    await context.close();
  }, 600_000);
});
