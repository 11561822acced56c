import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, artifactsDir, launchBrowser, newAppPage, pageErrors, seriousAxeViolations } from './harness/browser';
import { printRouteToPdf } from './harness/printRoutePdf';
import { seedDatabase } from './harness/seedDatabase';
import { demoRows, demoSitting } from '../fixtures/minutesFixture';
import { fullMinutesContent } from '../fixtures/minutesContent';

const rows = demoRows();
const sitting = demoSitting(rows);
const LANDRATSAMT = 'Landratsamt Zwickau, Robert-Müller-Straße 4–8, 08056 Zwickau';
const SCHLOSS = 'Schloss Osterstein, Schloßgrabenweg 1, 08056 Zwickau';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the venue with its postal address (Chromium, real IndexedDB)', () => {
  it('the host\'s usual venue address reaches the minutes heading, sign-in sheet and invitation; a sitting\'s own address replaces it', async () => {
    const { context, page } = await newAppPage(browser, { width: 1280, height: 1000 });
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    // The recorder named the venue without its address in the minutes header.
    await seedDatabase(page, fullMinutesContent(sitting.id, { place: 'Landratsamt Zwickau' }));

    // Mitglieder → Gebietskörperschaft: the usual venue with its address; a wrong postcode is refused.
    await page.goto(appUrl('/members/territories'));
    await page.getByRole('link', { name: 'Bearbeiten: Landkreis Zwickau' }).click();
    await page.getByLabel('Üblicher Tagungsort für Sitzungen').fill('Landratsamt Zwickau');
    await page.getByLabel('Straße und Hausnummer des Tagungsorts').fill('Robert-Müller-Straße 4–8');
    await page.getByLabel('PLZ des Tagungsorts').fill('8056');
    await page.getByLabel('Ort des Tagungsorts').fill('Zwickau');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Bitte eine fünfstellige Postleitzahl angeben').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifactsDir}/venue-territory-form.png`, fullPage: true });
    await page.getByLabel('PLZ des Tagungsorts').fill('08056');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/#\/members\/territories$/);

    // The sitting (venue "Zwickau", the seat town) meets at the usual venue: its address is printed.
    const minutes = await printRouteToPdf(context, `/print/minutes/${sitting.id}`, 'venue-minutes');
    const signIn = await printRouteToPdf(context, `/print/signin/${sitting.id}`, 'venue-signin');
    expect(minutes.flowText).toContain(`Ort ${LANDRATSAMT}`);
    // The sign-in sheet may break the line at the hyphen of "Robert-Müller".
    expect(signIn.flowText.replace(/- /g, '-')).toContain(LANDRATSAMT);
    const invitation = await printRouteToPdf(context, `/print/invitation/${sitting.id}`, 'venue-invitation');
    expect(invitation.flowText).toContain(LANDRATSAMT);

    // "Tagungsort bearbeiten" on the sitting's page: another venue with its own address.
    await page.goto(appUrl(`/sittings/${sitting.id}`));
    await expect.poll(() => page.getByTestId('sitting-venue').textContent()).toBe(LANDRATSAMT);
    await page.getByRole('button', { name: 'Tagungsort bearbeiten' }).click();
    const form = page.getByRole('form', { name: 'Tagungsort bearbeiten' });
    await form.getByLabel('Tagungsort', { exact: true }).fill('Schloss Osterstein');
    await form.getByLabel('Straße und Hausnummer des Tagungsorts').fill('Schloßgrabenweg 1');
    await form.getByLabel('PLZ des Tagungsorts').fill('08056');
    await form.getByLabel('Ort des Tagungsorts').fill('Zwickau');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifactsDir}/venue-sitting-form.png`, fullPage: true });
    await form.getByRole('button', { name: 'Tagungsort speichern' }).click();
    await page.getByText('Der Tagungsort wurde gespeichert.').waitFor();
    expect(await page.getByTestId('sitting-venue').textContent()).toBe(SCHLOSS);

    const moved = await printRouteToPdf(context, `/print/minutes/${sitting.id}`, 'venue-minutes-own');
    // The minutes header still names "Landratsamt Zwickau" as typed by the recorder: printed as typed.
    expect(moved.flowText).toContain('Ort Landratsamt Zwickau');
    expect(moved.flowText).not.toContain(LANDRATSAMT);
    const movedSignIn = await printRouteToPdf(context, `/print/signin/${sitting.id}`, 'venue-signin-own');
    expect(movedSignIn.flowText).toContain(SCHLOSS);

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
