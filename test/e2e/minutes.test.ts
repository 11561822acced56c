import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, artifactsDir, launchBrowser, newAppPage, pageErrors, screenshot, seriousAxeViolations, fillDateField } from './harness/browser';
import { seedDatabase } from './harness/seedDatabase';
import { EARLIER_SITTING_ID, LATER_SITTING_ID, surroundingSittings } from '../fixtures/minutesContent';
import { printRouteToPdf } from './harness/printRoutePdf';
import { stableId } from '../../shared/domain/stableId';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function storedNotes(page: Page, title: string): Promise<string | undefined> {
  return page.evaluate(async (wanted) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('konvent');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows: { title: string; notes: string }[] = await new Promise((resolve) => {
      const request = db.transaction('agendaItems').objectStore('agendaItems').getAll();
      request.onsuccess = () => resolve(request.result as { title: string; notes: string }[]);
    });
    db.close();
    return rows.find((row) => row.title === wanted)?.notes;
  }, title);
}

const agendaTitles = (page: Page) => page.getByRole('list').getByLabel('Titel', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('Protokolle in Chromium (web mode, real IndexedDB)', () => {
  it('writes minutes, survives a reload mid-typing, checks completeness, approves and locks', async () => {
    // Tall enough that the whole agenda is on screen while dragging (no scrolling mid-drag).
    const { context, page } = await newAppPage(browser, { width: 1280, height: 1100 });
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await page.getByText('18 Mitglieder im erweiterten Regionalkonvent').waitFor();
    // A sitting before (with an open actionItem) and one after the demo sitting (to approve in).
    await seedDatabase(page, {
      sittings: surroundingSittings(),
      actionItems: [
        {
          id: stableId('e2e:task:earlier'),
          updatedAt: '2025-03-24T12:00:00.000Z',
          sittingId: EARLIER_SITTING_ID,
          text: 'Liste der Ansprechpartner der Kammern erstellen',
          owner: 'Max Jankowsky',
          due: '2025-04-15',
          status: 'open',
        },
      ],
    });

    // Protokolle → the demo sitting.
    await page.goto(appUrl('/minutes'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Niederschriften' }).waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('heading', { level: 1, name: 'Niederschrift der Sitzung vom Mo., 28.04.2025' }).waitFor();

    // Agenda: from the template, then reorder by keyboard, by button and by drag.
    await page.getByRole('tab', { name: 'Tagesordnung' }).click();
    await page.getByRole('button', { name: 'Aus Vorlage übernehmen' }).click();
    await expect.poll(async () => (await agendaTitles(page)).length).toBe(8);
    const zeitplan = page.getByRole('listitem', { name: 'Tagesordnungspunkt 4' }).getByLabel('Titel', { exact: true });
    expect(await zeitplan.inputValue()).toBe('Projektzeitplan');
    await zeitplan.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await agendaTitles(page))[2]).toBe('Projektzeitplan');
    // Focus stays in the moved item, so it can be moved on.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Projektzeitplan');
    await page.getByRole('button', { name: 'TOP 3 nach unten' }).click();
    await expect.poll(async () => (await agendaTitles(page))[3]).toBe('Projektzeitplan');
    await page.getByRole('button', { name: 'TOP 8 verschieben' }).dragTo(page.getByRole('listitem', { name: 'Tagesordnungspunkt 1' }), {
      targetPosition: { x: 30, y: 5 },
    });
    await expect.poll(async () => (await agendaTitles(page))[0]).toBe('Ausblick und Verschiedenes');
    const lastRow = page.getByRole('listitem', { name: 'Tagesordnungspunkt 8' });
    const lastBox = (await lastRow.boundingBox())!;
    await page.getByRole('button', { name: 'TOP 1 verschieben' }).dragTo(lastRow, { targetPosition: { x: 30, y: lastBox.height - 4 } });
    await expect.poll(async () => agendaTitles(page)).toEqual([
      'Begrüßung und Feststellung der Beschlussfähigkeit',
      'Genehmigung der Niederschrift der letzten Sitzung',
      'Update zum Projektstand des Masterplans',
      'Projektzeitplan',
      'Bevorstehende Veranstaltungen',
      'Ideen der Mitglieder',
      'Stand der offenen Aufgaben',
      'Ausblick und Verschiedenes',
    ]);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-agenda');

    // Deleting asks in the app's own dialog: Escape keeps the item, "Löschen" removes it.
    await page.getByRole('button', { name: 'TOP 8 löschen' }).click();
    const deleteDialog = page.getByRole('dialog', { name: 'TOP 8 löschen' });
    await deleteDialog.getByText('„Ausblick und Verschiedenes“ mit 0 Beschlüssen und 0 Aufgaben löschen?').waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-delete-dialog');
    await page.keyboard.press('Escape');
    await deleteDialog.waitFor({ state: 'hidden' });
    expect(await agendaTitles(page)).toHaveLength(8);
    await page.getByRole('button', { name: 'TOP 8 löschen' }).click();
    await deleteDialog.getByRole('button', { name: 'Löschen' }).click();
    await expect.poll(async () => (await agendaTitles(page)).length).toBe(7);
    await page.getByRole('button', { name: 'Aus Vorlage übernehmen' }).click();
    await expect.poll(async () => (await agendaTitles(page))[7]).toBe('Ausblick und Verschiedenes');

    // Minutes: type into TOP 1 and reload before the autosave had a chance to run.
    await page.getByRole('tab', { name: 'Niederschrift' }).click();
    const notes = page.getByLabel('Text zu TOP 1', { exact: true });
    await notes.click();
    const typed = 'Der Sprecher begrüßt die Mitglieder und stellt die **Beschlussfähigkeit** fest.';
    await notes.pressSequentially(typed, { delay: 5 });
    await page.reload();
    await expect.poll(() => page.getByLabel('Text zu TOP 1', { exact: true }).inputValue(), { timeout: 15_000 }).toBe(typed);
    await expect.poll(() => storedNotes(page, 'Begrüßung und Feststellung der Beschlussfähigkeit'), { timeout: 15_000 }).toBe(typed);
    // The preview renders the Markdown.
    expect(await page.getByRole('region', { name: 'Vorschau: Text zu TOP 1' }).locator('strong').textContent()).toBe('Beschlussfähigkeit');

    // A decision with wording and a unanimous vote; a actionItem; the earlier actionItem closed in this sitting.
    const top1 = page.getByRole('region', { name: /^TOP 1 / });
    await top1.getByRole('button', { name: 'Beschluss hinzufügen' }).click();
    await top1.getByLabel('Beschlusstext (genauer Wortlaut)').fill('Die Tagesordnung wird in der vorliegenden Fassung beschlossen.');
    await top1.getByRole('button', { name: 'Einstimmig (5 Ja)' }).click();
    await top1.getByText('einstimmig angenommen').waitFor();
    const top4 = page.getByRole('region', { name: /^TOP 4 / });
    await top4.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
    const actionItemForm = top4.getByRole('form', { name: 'Aufgabe hinzufügen' });
    await actionItemForm.getByLabel('Aufgabe', { exact: true }).fill('Projektzeitplan an alle Mitglieder versenden');
    await actionItemForm.getByLabel('Verantwortlich').fill('Matthias Lißke');
    await fillDateField(page, 'Termin', '2025-05-09', actionItemForm);
    await actionItemForm.getByRole('button', { name: 'Aufgabe anlegen' }).click();
    await top4.getByRole('listitem').getByLabel('Aufgabe', { exact: true }).waitFor();
    await actionItemForm.getByRole('button', { name: 'Abbrechen' }).click();
    const review = page.getByRole('region', { name: /^TOP 7 / });
    await review.getByText('Liste der Ansprechpartner der Kammern erstellen').waitFor();
    await review.getByRole('button', { name: 'Erledigt' }).click();
    await review.getByText('in dieser Sitzung erledigt', { exact: true }).waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-editor');
    await page.locator('.mn-editor > .panel').first().screenshot({ path: `${artifactsDir}/minutes-editor-header.png` });
    await top1.screenshot({ path: `${artifactsDir}/minutes-editor-top1.png` });
    await top4.screenshot({ path: `${artifactsDir}/minutes-editor-top4.png` });
    await review.screenshot({ path: `${artifactsDir}/minutes-editor-top7.png` });

    // Completeness: the minute taker is missing; the link leads to the field.
    await page.getByRole('tab', { name: 'Prüfung und Genehmigung' }).click();
    await page.getByRole('button', { name: 'Vollständigkeit prüfen' }).click();
    const missing = page.getByRole('link', { name: 'Schriftführung fehlt' });
    await missing.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Es fehlt' }).textContent()).toContain('Es fehlt noch 1 Angabe');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-check');
    await missing.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('minutes-recorder');
    await page.keyboard.type('Matthias Lißke');
    await page.keyboard.press('Tab');
    await page.getByText('Gespeichert').first().waitFor();

    // Circulate, then approve in the sitting of 26.05.2025.
    await page.getByRole('tab', { name: 'Prüfung und Genehmigung' }).click();
    await page.getByRole('button', { name: 'Vollständigkeit prüfen' }).click();
    await page.getByText('Vollständig: Die Niederschrift kann zur Genehmigung versendet werden.').waitFor();
    await page.getByRole('button', { name: 'Zur Genehmigung versenden' }).click();
    await page.getByText('Versendet: liegt den Mitgliedern zur Genehmigung vor.').waitFor();
    expect(await page.getByLabel('Genehmigt in der Sitzung vom').inputValue()).toBeTruthy();
    expect((await page.getByRole('group', { name: 'Genehmigt am', exact: true }).innerText()).replace(/[\s\u2066-\u2069▾]/g, '')).toBe('26.05.2025');
    await page.getByRole('button', { name: 'Als genehmigt vermerken' }).click();
    // A deliberate act: the dialog names both sittings and says that the minutes are then locked.
    const approveDialog = page.getByRole('dialog', { name: 'Niederschrift genehmigen?' });
    await approveDialog
      .getByText(
        'Die Niederschrift über die Sitzung vom Mo., 28.04.2025 wird als in der Sitzung vom Mo., 26.05.2025 genehmigt vermerkt. Danach ist sie gesperrt: Änderungen sind nur noch über eine Berichtigung möglich. Die Genehmigung wird in der Niederschrift der Sitzung vom Mo., 26.05.2025 festgehalten.',
      )
      .waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-approve-dialog');
    await approveDialog.getByRole('button', { name: 'Genehmigen und sperren' }).click();
    await page.getByText('Genehmigt in der Sitzung vom 26.05.2025.', { exact: true }).waitFor();
    const hash = (await page.getByTestId('content-hash').textContent())!.replace(/\s/g, '');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await page.getByText('Der Inhalt stimmt mit der genehmigten Fassung überein.').waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-approved');

    // The approving sitting's minutes record the approval (no agenda item for it there: a line of its own), on
    // screen and in the PDF.
    await page.goto(appUrl(`/minutes/${LATER_SITTING_ID}?tab=minutes`));
    await page.getByText('Die Niederschrift über die Sitzung vom 28.04.2025 wird genehmigt.').waitFor();
    const laterPdf = await printRouteToPdf(context, `/print/minutes/${LATER_SITTING_ID}`, 'minutes-approving-sitting');
    expect(laterPdf.flowText).toContain('Die Niederschrift über die Sitzung vom 28.04.2025 wird genehmigt.');
    await page.goto(appUrl(`/minutes`));
    await page.getByRole('link', { name: 'Mo., 28.04.2025' }).click();
    await page.getByRole('tab', { name: 'Prüfung und Genehmigung' }).click();

    // The lock: everything read-only, no adding, no template; the status of actionItems stays changeable.
    await page.getByRole('tab', { name: 'Niederschrift' }).click();
    await page.getByText(/ist schreibgeschützt/).waitFor();
    expect(await page.getByLabel('Text zu TOP 1', { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel('Schriftführung', { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Beschluss hinzufügen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Aufgabe hinzufügen' }).count()).toBe(0);
    await page.getByLabel('Text zu TOP 1', { exact: true }).press('End');
    await page.keyboard.type(' Nachtrag');
    expect(await page.getByLabel('Text zu TOP 1', { exact: true }).inputValue()).toBe(typed);
    await page.getByRole('tab', { name: 'Tagesordnung' }).click();
    expect(await page.getByRole('button', { name: 'Aus Vorlage übernehmen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /nach oben/ }).count()).toBe(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-locked');

    // The sitting of approved minutes: a notice; attendance, guests and status as recorded, no controls.
    await page.getByRole('tab', { name: 'Niederschrift' }).click();
    await page.getByRole('link', { name: 'Anwesenheit in der Sitzung ansehen' }).click();
    await page.getByTestId('minutes-approved-notice').waitFor();
    expect(await page.getByTestId('attendance-Sven Krüger').textContent()).toContain('vertreten durch Ersten Beigeordneten Dr. Lothar Beier');
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gast hinzufügen' }).count()).toBe(0);
    expect(await page.getByLabel('Status').count()).toBe(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'sitting-locked');
    await page.getByRole('link', { name: 'Zur Niederschrift' }).click();

    // A correction makes version 2; version 1 stays readable.
    await page.getByRole('tab', { name: 'Prüfung und Genehmigung' }).click();
    await page.getByLabel('Grund der Berichtigung').fill('Schreibfehler in TOP 1');
    await page.getByRole('button', { name: 'Berichtigung beginnen' }).click();
    await page.getByText('Fassung 2').first().waitFor();
    expect(await page.getByLabel('Text zu TOP 1', { exact: true }).getAttribute('readonly')).toBeNull();
    await page.getByRole('tab', { name: 'Prüfung und Genehmigung' }).click();
    await page.getByText('Berichtigt wegen: Schreibfehler in TOP 1').waitFor();
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByText('Frühere Fassung 1 (durch eine Berichtigung abgelöst)').waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-versions');

    // Search over all minutes, and the actionItem list.
    await page.goto(appUrl('/minutes'));
    await page.getByLabel('Suche in allen Niederschriften').fill('beschlussfahigkeit begrusst');
    await page.getByText('1 Treffer').waitFor();
    expect(await page.locator('.mn-search-hits mark').allTextContents()).toEqual(['begrüßt', 'Beschlussfähigkeit']);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-search');
    await page.getByRole('link', { name: 'Aufgabenliste' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aufgaben' }).waitFor();
    await page.getByText('Projektzeitplan an alle Mitglieder versenden').waitFor();
    await page.getByLabel('Anzeigen').selectOption('overdue');
    await page.getByText('1 Aufgabe').waitFor();
    await page.getByLabel('Verantwortlich').selectOption('Max Jankowsky');
    await page.getByText('Keine Aufgaben für diese Auswahl.').waitFor();
    await page.getByLabel('Anzeigen').selectOption('all');
    await page.getByText('Liste der Ansprechpartner der Kammern erstellen').waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'minutes-tasks');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
