import type { ActionItem } from '../../../shared/domain/minutes';
import type { KonventDatabase } from '../database';
import { newId, putRow, validateRow } from '../rowWriter';
import { assertApprovedReviewsUnchanged, assertSittingMinutesEditable } from './minutesLock';

export type ActionItemFields = Pick<ActionItem, 'text' | 'owner' | 'due'>;

/**
 * Every write reads the approval lock in its own transaction: the actionItem's own minutes (what it
 * says is their content) and, for earlier actionItems, the approved minutes that review them
 * ("Stand der offenen Aufgaben", shared/minutes/reviewLock.ts).
 */
const lockTables = (db: KonventDatabase) => [db.table('minutes'), db.table('sittings'), db.table('actionItems')];

async function actionItemOrThrow(db: KonventDatabase, id: string): Promise<ActionItem> {
  const item = await db.domain('actionItems').get(id);
  if (!item) throw new Error('actionItemGone');
  return item;
}

/** Validates the changed actionItem, checks it against approved reviews, then writes it. */
async function writeUnlessReviewChanges(db: KonventDatabase, before: ActionItem, next: Record<string, unknown>): Promise<ActionItem> {
  const row = validateRow('actionItems', next);
  await assertApprovedReviewsUnchanged(db, before, row);
  await db.domain('actionItems').put(row);
  return row;
}

/** Records a actionItem in a sitting's minutes (locked once the minutes are approved). */
export async function addActionItem(
  db: KonventDatabase,
  sittingId: string,
  agendaItemId: string | undefined,
  fields: ActionItemFields,
): Promise<ActionItem> {
  return db.transaction('rw', lockTables(db), async () => {
    await assertSittingMinutesEditable(db, sittingId);
    return putRow(db, 'actionItems', {
      id: newId(),
      sittingId,
      ...(agendaItemId ? { agendaItemId } : {}),
      ...fields,
      ...(fields.due ? {} : { due: undefined }),
      status: 'open',
    });
  });
}

/** Changes what a actionItem says (text, owner, date): part of the minutes, so locked after approval. */
export async function updateActionItem(db: KonventDatabase, id: string, changes: Partial<ActionItemFields>): Promise<ActionItem> {
  return db.transaction('rw', lockTables(db), async () => {
    const item = await actionItemOrThrow(db, id);
    await assertSittingMinutesEditable(db, item.sittingId);
    const next: Record<string, unknown> = { ...item, ...changes };
    if ('due' in changes && !changes.due) delete next.due;
    return writeUnlessReviewChanges(db, item, next);
  });
}

export async function deleteActionItem(db: KonventDatabase, id: string): Promise<void> {
  await db.transaction('rw', lockTables(db), async () => {
    const item = await db.domain('actionItems').get(id);
    if (!item) return;
    await assertSittingMinutesEditable(db, item.sittingId);
    await assertApprovedReviewsUnchanged(db, item, undefined);
    await db.domain('actionItems').delete(id);
  });
}

/**
 * Closes or reopens a actionItem. Tracking, not minutes content: allowed after its own minutes are
 * approved, unless later approved minutes recorded its state ("Stand der offenen Aufgaben": closed
 * there, or no longer listed because closed before). `on` is the date it was closed: the sitting's
 * date when closed in "Stand der offenen Aufgaben", else today.
 */
export async function setActionItemStatus(db: KonventDatabase, id: string, status: ActionItem['status'], on: string): Promise<ActionItem> {
  return db.transaction('rw', lockTables(db), async () => {
    const item = await actionItemOrThrow(db, id);
    const next: Record<string, unknown> = { ...item, status };
    if (status === 'open') delete next.doneAt;
    else next.doneAt = on;
    return writeUnlessReviewChanges(db, item, next);
  });
}

/**
 * "Stand der offenen Aufgaben": closes an earlier actionItem in the sitting that reviews it. The close
 * date is that sitting's date, so its minutes record the actionItem as done there; allowed only while
 * those minutes are not approved.
 */
export async function closeActionItemInSitting(
  db: KonventDatabase,
  id: string,
  sitting: { id: string; date: string },
  status: 'done' | 'dropped' | 'open',
): Promise<ActionItem> {
  return db.transaction('rw', lockTables(db), async () => {
    await assertSittingMinutesEditable(db, sitting.id);
    return setActionItemStatus(db, id, status, sitting.date);
  });
}
