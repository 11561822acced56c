import { describe, expect, it } from 'vitest';
import { actionItemOwners, filterActionItems, isOverdue, reviewedActionItems } from '../../../../shared/minutes/actionItemReview';
import { actionItem } from '../../../fixtures/minutesFixture';

const march = '01JQZ0000000000000000000MA';
const open = actionItem(march, undefined, 'Fördermittelantrag vorbereiten', { due: '2025-05-15', owner: 'Dr. Kreller' });
const closedInApril = actionItem(march, undefined, 'Termine abstimmen', { status: 'done', doneAt: '2025-04-28' });
const closedBefore = actionItem(march, undefined, 'Raum buchen', { status: 'done', doneAt: '2025-04-01' });
const closedLater = actionItem(march, undefined, 'Presse informieren', { status: 'done', doneAt: '2025-05-20' });
const earlier = [open, closedInApril, closedBefore, closedLater].map((item) => ({ item, sittingDate: '2025-03-24' }));

describe('Stand der offenen Aufgaben', () => {
  it('reviews the actionItems of earlier sittings that were open at this sitting', () => {
    const review = reviewedActionItems(earlier, '2025-04-28');
    // Order within a sitting is creation order (ULIDs); compare as a set here.
    expect(review.map((r) => [r.text, r.state]).sort()).toEqual([
      ['Fördermittelantrag vorbereiten', 'open'],
      ['Presse informieren', 'open'],
      ['Termine abstimmen', 'done'],
    ]);
  });

  it('does not review actionItems of the same or a later sitting', () => {
    expect(reviewedActionItems(earlier, '2025-03-24')).toEqual([]);
  });

  it('filters the actionItem list by open, overdue and owner', () => {
    const all = [open, closedInApril, actionItem(march, undefined, 'Ohne Termin')];
    expect(isOverdue(open, '2025-05-16')).toBe(true);
    expect(isOverdue(open, '2025-05-15')).toBe(false);
    expect(filterActionItems(all, 'overdue', '', '2025-05-16').map((i) => i.text)).toEqual(['Fördermittelantrag vorbereiten']);
    expect(filterActionItems(all, 'open', '', '2025-05-16').map((i) => i.text)).toEqual(['Fördermittelantrag vorbereiten', 'Ohne Termin']);
    expect(filterActionItems(all, 'all', 'Dr. Kreller', '2025-05-16')).toHaveLength(1);
    expect(filterActionItems(all, 'done', '', '2025-05-16').map((i) => i.text)).toEqual(['Termine abstimmen']);
    expect(actionItemOwners(all)).toEqual(['Dr. Kreller', 'Geschäftsstelle']);
  });
});
