import { describe, expect, it } from 'vitest';
import { generateDataset, TINY, yearsOfData } from '../../bench/dataset/generateTenYears';
import { buildTenYearFolder } from '../../bench/sync/buildTenYearFolder';
import { readFrozenMinutes } from '../../../shared/minutes/frozenMinutes';
import { minutesContentHash } from '../../../shared/minutes/contentHash';
import type { ActionItem, Minutes } from '../../../shared/domain/minutes';
import { reviewedActionItems } from '../../../shared/minutes/actionItemReview';

const bytes = (text: string) => new TextEncoder().encode(text).length;

// Issue 17: the benchmark's data must be what it claims, after its simulated edits too.
describe('the benchmark dataset', () => {
  it('keeps 1–3 KB minutes texts after the edits, and brings the sync history of the PC that typed it in', async () => {
    const dataset = generateDataset(TINY);
    const before = dataset.agendaItems.map((item) => bytes(item.notes));
    expect(Math.min(...before)).toBeGreaterThanOrEqual(1024);
    const folder = await buildTenYearFolder(dataset, 400);
    try {
      const notes = (folder.finalRows.agendaItems as { notes: string }[]).map((item) => bytes(item.notes));
      expect(notes).toHaveLength(before.length);
      expect(Math.min(...notes)).toBeGreaterThanOrEqual(1024);
      expect(Math.max(...notes)).toBeLessThanOrEqual(3.5 * 1024);
      expect(notes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(before.reduce((a, b) => a + b, 0));
      // Edited: some texts carry an edit line, and the first PC's log holds its captured ops.
      expect((folder.finalRows.agendaItems as { notes: string }[]).some((item) => item.notes.includes('Ergänzt ('))).toBe(true);
      expect(folder.syncRows._outbox!.length).toBeGreaterThan(1000);
      expect(folder.syncRows._clock!.length).toBeGreaterThan(0);
      expect(folder.syncRows._device).toHaveLength(1);
      // Approved minutes carry their frozen document after the edits too, as in the app.
      const approved = (folder.finalRows.minutes as Minutes[]).filter((m) => m.status === 'approved');
      expect(approved.length).toBe(dataset.sittings.length - 1);
      expect(approved.every((m) => readFrozenMinutes(m.approvedDocument) !== undefined)).toBe(true);
      // Action items are ticked off on their due date, so they leave the later sittings' reviews.
      const actionItems = folder.finalRows.actionItems as ActionItem[];
      expect(actionItems.filter((a) => a.status === 'done').length).toBeGreaterThan(0);
      expect(actionItems.filter((a) => a.status === 'done').every((a) => a.doneAt === a.due)).toBe(true);
    } finally {
      folder.cleanup();
    }
  }, 120_000);

  it('approves the minutes of each sitting in the next sitting as the app does: frozen document, hash, approving sitting', () => {
    const dataset = generateDataset(yearsOfData(2));
    const byId = new Map(dataset.sittings.map((s) => [s.id, s]));
    const approved = dataset.minutes.filter((m) => m.status === 'approved');
    expect(approved).toHaveLength(23);
    expect(dataset.minutes.filter((m) => m.status === 'draft')).toHaveLength(1);
    for (const minutes of approved) {
      const frozen = readFrozenMinutes(minutes.approvedDocument)!;
      expect(frozen.document.sitting.id).toBe(minutes.sittingId);
      expect(minutes.contentHash).toBe(minutesContentHash(frozen.document));
      expect(byId.get(minutes.approvedInSittingId!)!.date > byId.get(minutes.sittingId)!.date).toBe(true);
      expect(frozen.document.items.map((i) => i.notes.length).every((n) => n >= 1024)).toBe(true);
    }
  });

  it('leaves the last sitting a review of the open action items of the last year, not of every year', () => {
    for (const years of [3, 9]) {
      const data = generateDataset(yearsOfData(years));
      const dateOf = new Map(data.sittings.map((s) => [s.id, s.date]));
      const last = data.sittings.at(-1)!;
      const review = reviewedActionItems(
        data.actionItems.map((item) => ({ item, sittingDate: dateOf.get(item.sittingId)! })),
        last.date,
      );
      expect(review.length).toBeGreaterThan(10);
      expect(review.every((r) => r.fromSittingDate.startsWith('2025'))).toBe(true);
    }
  });

  it('takes the number of years', () => {
    const thirty = generateDataset(yearsOfData(30));
    expect(thirty.sittings).toHaveLength(360);
    expect(thirty.sittings[0]!.date.slice(0, 4)).toBe('1996');
    expect(thirty.sittings.at(-1)!.date.slice(0, 4)).toBe('2025');
  });
});
