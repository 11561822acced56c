import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { simpleParser, type AddressObject } from 'mailparser';
import { ulid } from 'ulid';
import { sittingUid } from '../../shared/calendar/sittingsToIcs';
import { appUrl, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations } from './harness/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function loadDemo(page: Page) {
  await page.goto(appUrl('/'));
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
}

/** Writes rows straight into IndexedDB (test set-up: e-mail addresses and an invited sitting). */
async function putRows(page: Page, table: string, rows: unknown[]) {
  await page.evaluate(
    async ({ table, rows }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const open = indexedDB.open('konvent');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(table, 'readwrite');
        for (const row of rows) tx.objectStore(table).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { table, rows },
  );
}

async function readAll(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (table) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction(table).objectStore(table).getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, table);
}

const addresses = (object: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(object) ? object : object ? [object] : []).flatMap((entry) => entry.value.map((v) => v.address));

describe('Pressemitteilung and e-mail drafts in Chromium', () => {
  it('drafts the press release of the demo sitting from the data, keeps edits, and exports .txt and .docx', async () => {
    const { context, page } = await newAppPage(browser);
    await loadDemo(page);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('link', { name: 'Pressemitteilung entwerfen' }).click();
    await page.getByRole('button', { name: 'Entwurf aus den Sitzungsdaten erstellen' }).click();
    const field = page.getByRole('textbox', { name: 'Text der Pressemitteilung' });
    await expect.poll(() => field.inputValue()).toContain('vertreten durch Ersten Beigeordneten Dr. Lothar Beier');
    const text = await field.inputValue();
    expect(text).toContain('Am Montag, 28. April 2025, kam der Regionalkonvent Südwestsachsen auf Einladung des Landkreises Zwickau');
    expect(text).toContain('Oberbürgermeister Sven Schulze, vertreten durch Bürgermeister Ralph Burghart');
    expect(text).toContain('Als Gast begrüßte der Regionalkonvent Staatsministerin Regina Kraushaar.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'press-release-draft');

    // The quote is typed in, without pauses; it is stored and survives a reload.
    await field.click();
    await field.press('Control+End');
    await field.pressSequentially('\n\nDer Masterplan kommt voran.', { delay: 0 });
    await field.blur();
    await expect.poll(async () => (await readAll(page, 'pressReleases'))[0]?.text).toContain('Der Masterplan kommt voran.');
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Text der Pressemitteilung' }).inputValue()).toContain('Der Masterplan kommt voran.');

    const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Textdatei speichern (.txt)' }).click()]);
    expect(txt.suggestedFilename()).toBe('Pressemitteilung-2025-04-28.txt');
    const txtText = await readFile((await txt.path())!, 'utf8');
    expect(txtText).toContain('Der Masterplan kommt voran.');
    expect(txtText).toContain('\r\n');

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Word-Datei speichern (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toBe('Pressemitteilung-2025-04-28.docx');
    const docxBytes = await readFile((await docx.path())!);
    expect(docxBytes.subarray(0, 2).toString()).toBe('PK');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('writes an .eml draft of an invitation: members To, deputies Cc, X-Unsent, the .ics with the plan UID', async () => {
    const { context, page } = await newAppPage(browser);
    await loadDemo(page);
    const persons = await readAll(page, 'persons');
    const withEmail = persons.map((p) =>
      ['Michaelis', 'Anton', 'Krüger', 'Beier'].includes(String(p.lastName)) ? { ...p, email: `${String(p.lastName).toLowerCase().replace('ü', 'ue')}@example.org` } : p,
    );
    await putRows(page, 'persons', withEmail);
    const territories = await readAll(page, 'territories');
    const host = territories.find((t) => t.key === 'V');
    const id = ulid();
    await putRows(page, 'sittings', [
      {
        id,
        updatedAt: new Date().toISOString(),
        body: 'core',
        title: 'Sitzung des Regionalkonvents',
        date: '2027-03-10',
        start: '14:00',
        end: '16:00',
        hostTerritoryId: host?.id,
        venue: 'Landratsamt Plauen',
        status: 'invited',
        invitedAt: new Date().toISOString(),
        calendarSequence: 0,
      },
    ]);
    await page.goto(appUrl(`/sittings/${id}`));
    await page.getByRole('button', { name: 'E-Mail-Entwurf erstellen (Einladung)' }).click();
    // Members without an address are named before anything is written.
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Ohne E-Mail-Adresse');
    expect(await alert.textContent()).toContain('Thomas Hennig');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'mail-draft-missing-addresses');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Entwurf trotzdem erstellen' }).click()]);
    expect(download.suggestedFilename()).toBe('Einladung-2027-03-10.eml');
    const parsed = await simpleParser(await readFile((await download.path())!));
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.subject).toBe('Einladung zur 2. Sitzung des Regionalkonvents am Mittwoch, 10. März 2027');
    expect(addresses(parsed.to).sort()).toEqual(['anton@example.org', 'krueger@example.org', 'michaelis@example.org']);
    expect(addresses(parsed.cc)).toEqual(['beier@example.org']);
    expect(parsed.text).toContain('Termin: Mittwoch, 10. März 2027, 14:00–16:00 Uhr');
    expect(parsed.text).toContain('Rückmeldung bis:');
    const ics = parsed.attachments.find((a) => a.filename === 'Sitzung-2027-03-10.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(ics!.content).toString('utf8')) as unknown[]);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(sittingUid(id));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'heruntergeladen' }).count()).toBe(1);
    await screenshot(page, 'mail-draft-downloaded');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
