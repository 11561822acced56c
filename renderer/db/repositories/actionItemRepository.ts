import type { ActionItem } from '../../../shared/domain/minutes';
import { assertMinutesEditable } from '../../../shared/minutes/approvalLock';
import type { KonventDatabase } from '../database';
import { newId, putRow } from '../rowWriter';
import { readStoredMinutes } from './minutesRepository';

export type ActionItemFields = Pick<ActionItem, 'text' | 'owner' | 'due'>;

/** Records a task in a sitting's minutes (locked once the minutes are approved). */
export async function addActionItem(
  db: KonventDatabase,
  sittingId: string,
  agendaItemId: string | undefined,
  fields: ActionItemFields,
): Promise<ActionItem> {
  return db.transaction('rw', [db.table('minutes'), db.table('actionItems')], async () => {
    assertMinutesEditable(await readStoredMinutes(db, sittingId));
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

/** Changes what a task says (text, owner, date): part of the minutes, so locked after approval. */
export async function updateActionItem(db: KonventDatabase, id: string, changes: Partial<ActionItemFields>): Promise<ActionItem> {
  return db.transaction('rw', [db.table('minutes'), db.table('actionItems')], async () => {
    const item = await db.domain('actionItems').get(id);
    if (!item) throw new Error('Diese Aufgabe wurde inzwischen gelöscht.');
    assertMinutesEditable(await readStoredMinutes(db, item.sittingId));
    const next: Record<string, unknown> = { ...item, ...changes };
    if ('due' in changes && !changes.due) delete next.due;
    return putRow(db, 'actionItems', next);
  });
}

export async function deleteActionItem(db: KonventDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.table('minutes'), db.table('actionItems')], async () => {
    const item = await db.domain('actionItems').get(id);
    if (!item) return;
    assertMinutesEditable(await readStoredMinutes(db, item.sittingId));
    await db.domain('actionItems').delete(id);
  });
}

/**
 * Closes or reopens a task. Tracking, not minutes content: allowed after approval. `on` is the
 * date it was closed: the sitting's date when closed in "Stand der offenen Aufgaben", else today.
 */
export async function setActionItemStatus(db: KonventDatabase, id: string, status: ActionItem['status'], on: string): Promise<ActionItem> {
  return db.transaction('rw', [db.table('actionItems')], async () => {
    const item = await db.domain('actionItems').get(id);
    if (!item) throw new Error('Diese Aufgabe wurde inzwischen gelöscht.');
    const next: Record<string, unknown> = { ...item, status };
    if (status === 'open') delete next.doneAt;
    else next.doneAt = on;
    return putRow(db, 'actionItems', next);
  });
}

/**
 * "Stand der offenen Aufgaben": closes an earlier task in the sitting that reviews it. The close
 * date is that sitting's date, so its minutes record the task as done there; allowed only while
 * those minutes are not approved.
 */
export async function closeActionItemInSitting(
  db: KonventDatabase,
  id: string,
  sitting: { id: string; date: string },
  status: 'done' | 'dropped' | 'open',
): Promise<ActionItem> {
  return db.transaction('rw', [db.table('minutes'), db.table('actionItems')], async () => {
    assertMinutesEditable(await readStoredMinutes(db, sitting.id));
    return setActionItemStatus(db, id, status, sitting.date);
  });
}
