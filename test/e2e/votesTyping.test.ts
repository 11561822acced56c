import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, newAppPage } from './harness/browser';
import { seedDatabase } from './harness/seedDatabase';
import { printRouteToPdf } from './harness/printRoutePdf';
import { demoRows, demoSitting } from '../fixtures/minutesFixture';
import { twentyItemContent } from '../fixtures/minutesContent';
import { catalogs } from '../fixtures/catalogs';
import { minutesPrintRequest } from '../../renderer/features/minutes/print/minutesPdfFooter';
import { stableId } from '../../shared/domain/stableId';
import type { Decision } from '../../shared/domain/minutes';

/**
 * Issue 19, point 1: the votes of 20 decisions typed with no delay between keys (13 / 1 / 1 was
 * once stored as 0 / 1 / 1) are in IndexedDB and in the PDF exactly as typed.
 */
const t = catalogs.de.minutes.print;
const rows = demoRows();
const sitting = demoSitting(rows);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function storedVotes(page: Page): Promise<Record<string, Decision['votes']>> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const decisions: { id: string; votes?: { yes: number; no: number; abstain: number } }[] = await new Promise((resolve) => {
      const request = db.transaction('decisions').objectStore('decisions').getAll();
      request.onsuccess = () => resolve(request.result as never);
    });
    db.close();
    return Object.fromEntries(decisions.map((d) => [d.id, d.votes]));
  });
}

describe('votes typed fast', () => {
  it('20 decisions typed with no delay: IndexedDB and the PDF hold exactly the typed counts', async () => {
    const content = twentyItemContent(sitting.id);
    const decisions: Decision[] = content.agendaItems.map((item) => ({
      id: stableId(`e2e:fast-votes:${item.position}`),
      updatedAt: '2025-05-26T08:00:00.000Z',
      agendaItemId: item.id,
      position: 1,
      wording: `Beschluss zu ${item.title}.`,
      result: 'pending',
    }));
    const { context, page } = await newAppPage(browser, { width: 1280, height: 900 });
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    await seedDatabase(page, { ...content, decisions });
    await page.goto(appUrl(`/minutes/${sitting.id}?tab=minutes`));
    await page.reload();

    // Different counts per decision, with two-digit numbers (the lost "1" of "13").
    const expected = decisions.map((_, index) => ({ yes: 10 + index, no: index % 3, abstain: (index * 7) % 11 }));
    for (const [index, decision] of decisions.entries()) {
      const yes = page.locator(`#decision-${decision.id}-yes`);
      await yes.click();
      const votes = expected[index]!;
      // Ja, Tab, Nein, Tab, Enthaltung, Tab: one stream of keys without any pause.
      for (const count of [votes.yes, votes.no, votes.abstain]) {
        await page.keyboard.type(String(count), { delay: 0 });
        await page.keyboard.press('Tab');
      }
    }

    const want = Object.fromEntries(decisions.map((d, index) => [d.id, expected[index]]));
    await expect.poll(() => storedVotes(page), { timeout: 20_000 }).toEqual(want);
    // The fields still show what was typed (nothing reverted after the saves).
    for (const [index, decision] of decisions.entries()) {
      expect(await page.locator(`#decision-${decision.id}-yes`).inputValue()).toBe(String(expected[index]!.yes));
    }

    const minutes = content.minutes[0]!;
    const request = minutesPrintRequest(t, { sittingId: sitting.id, sittingDate: sitting.date, version: minutes.version, contentHash: minutes.contentHash });
    const pdf = await printRouteToPdf(context, request.route, 'votes-typed-fast');
    const printed = [...pdf.flowText.matchAll(/Abstimmung: Ja (\d+) · Nein (\d+) · Enthaltung (\d+)/g)].map((m) => ({
      yes: Number(m[1]),
      no: Number(m[2]),
      abstain: Number(m[3]),
    }));
    expect(printed).toEqual(expected);
    await context.close();
  });
});
