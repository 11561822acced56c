import type { ActionItem } from '../domain/minutes';

/** One earlier action item as it stood at a sitting ("Stand der offenen Aufgaben"). */
export interface ReviewedActionItem {
  id: string;
  text: string;
  owner: string;
  due?: string | undefined;
  /** Date of the sitting that recorded the item. */
  fromSittingDate: string;
  /** 'open' also for items closed only after this sitting: at the sitting they were still open. */
  state: 'open' | 'done' | 'dropped';
}

/**
 * The earlier action items a sitting reviews: recorded in a sitting before this one and not
 * closed before this sitting's date. An item closed in this sitting (doneAt = its date) shows as
 * done; one closed later still shows as open, so approved minutes keep saying what was true that
 * day however the actionItems move on.
 */
export function reviewedActionItems(
  earlier: readonly { item: ActionItem; sittingDate: string }[],
  sittingDate: string,
): ReviewedActionItem[] {
  return earlier
    .filter(({ sittingDate: from }) => from < sittingDate)
    .filter(({ item }) => item.status === 'open' || (!!item.doneAt && item.doneAt >= sittingDate))
    .sort((a, b) => a.sittingDate.localeCompare(b.sittingDate) || a.item.id.localeCompare(b.item.id))
    .map(({ item, sittingDate: from }) => ({
      id: item.id,
      text: item.text,
      owner: item.owner,
      due: item.due,
      fromSittingDate: from,
      state: item.status !== 'open' && item.doneAt === sittingDate ? item.status : 'open',
    }));
}

export type ActionItemFilter = 'open' | 'overdue' | 'done' | 'all';

/** An action item is overdue when it is still open and its date has passed. */
export function isOverdue(item: Pick<ActionItem, 'status' | 'due'>, today: string): boolean {
  return item.status === 'open' && !!item.due && item.due < today;
}

/** The Aufgaben list: by state and, optionally, by owner (exact text, as entered). */
export function filterActionItems<T extends ActionItem>(items: readonly T[], filter: ActionItemFilter, owner: string, today: string): T[] {
  return items
    .filter((item) => {
      switch (filter) {
        case 'open':
          return item.status === 'open';
        case 'overdue':
          return isOverdue(item, today);
        case 'done':
          return item.status !== 'open';
        case 'all':
          return true;
      }
    })
    .filter((item) => !owner || item.owner === owner)
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id));
}

/** Owners to filter by: every distinct non-empty owner, alphabetically. */
export function actionItemOwners(items: readonly Pick<ActionItem, 'owner'>[]): string[] {
  return [...new Set(items.map((i) => i.owner.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'de'));
}
