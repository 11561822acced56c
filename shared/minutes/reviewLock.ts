import type { ActionItem } from '../domain/minutes';
import { reviewedActionItems } from './actionItemReview';

/**
 * Approved minutes also hold "Stand der offenen Aufgaben": the earlier actionItems as they stood on that
 * day (actionItemReview.ts), which is part of their content hash. A later change of such a actionItem
 * (its text, owner, date, or its state and closing date) must not rewrite them.
 *
 * Returns the date of the first approved sitting whose review the change from `before` to `after`
 * would alter (undefined: none, the change is free). `after` undefined means the actionItem is deleted.
 */
export function approvedReviewChangedBy(
  before: ActionItem | undefined,
  after: ActionItem | undefined,
  fromSittingDate: string,
  approvedSittingDates: readonly string[],
): string | undefined {
  const reviewOn = (item: ActionItem | undefined, date: string) =>
    JSON.stringify(item ? reviewedActionItems([{ item, sittingDate: fromSittingDate }], date) : []);
  return [...approvedSittingDates]
    .sort()
    .find((date) => date > fromSittingDate && reviewOn(before, date) !== reviewOn(after, date));
}

/**
 * A closed actionItem whose closing approved minutes have recorded (closed there, or closed before them
 * and so no longer listed): reopening it, or closing it again another way, would rewrite those
 * minutes. Returns that sitting's date; undefined when the actionItem's state is still free to change.
 */
/** @public The rule per row: the reference the lookup is property-tested against. */
export function statusFixedByApprovedReview(
  actionItem: ActionItem,
  fromSittingDate: string,
  approvedSittingDates: readonly string[],
): string | undefined {
  if (actionItem.status === 'open') return undefined;
  const { doneAt: _doneAt, ...rest } = actionItem;
  return approvedReviewChangedBy(actionItem, { ...rest, status: 'open' }, fromSittingDate, approvedSittingDates);
}

/**
 * `statusFixedByApprovedReview` for many actionItems at once (the Aufgabenliste): the approved dates are
 * sorted once, and each actionItem's answer is two binary searches. A closed actionItem's review differs from
 * the reopened one's at every approved sitting after its own sitting and on or after its closing
 * date (or at every one, when no closing date was recorded): the first of those fixes it.
 */
export function statusFixedByApprovedReviewLookup(
  approvedSittingDates: readonly string[],
): (actionItem: ActionItem, fromSittingDate: string) => string | undefined {
  const sorted = [...approvedSittingDates].sort();
  /** Index of the first date for which `before(date)` is false (dates sorted ascending). */
  const firstNotBefore = (before: (date: string) => boolean) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(sorted[mid]!)) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return (actionItem, fromSittingDate) => {
    if (actionItem.status === 'open') return undefined;
    const afterSitting = firstNotBefore((date) => date <= fromSittingDate);
    const onOrAfterClosing = actionItem.doneAt ? firstNotBefore((date) => date < actionItem.doneAt!) : 0;
    return sorted[Math.max(afterSitting, onOrAfterClosing)];
  };
}
