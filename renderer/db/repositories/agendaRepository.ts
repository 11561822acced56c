import type { AgendaItem, Decision } from '../../../shared/domain/minutes';
import { moveBy, moveTo, renumber, titlesFromTemplate, type Positioned } from '../../../shared/minutes/agendaOrder';
import { withVoteOutcome } from '../../../shared/minutes/voteResult';
import type { KonventDatabase } from '../database';
import { newId, putRow, putRows } from '../rowWriter';
import { assertApprovedReviewsUnchanged, assertSittingMinutesEditable } from './minutesLock';

/**
 * The agenda (Tagesordnung) and the decisions of its items. Every write checks the approval lock
 * inside its transaction, so a change made on another PC's approved minutes cannot slip in.
 */
const guard = assertSittingMinutesEditable;

async function itemOrThrow(db: KonventDatabase, id: string): Promise<AgendaItem> {
  const item = await db.domain('agendaItems').get(id);
  if (!item) throw new Error('agendaItemGone');
  return item;
}

const itemsOf = (db: KonventDatabase, sittingId: string) => db.domain('agendaItems').where('sittingId').equals(sittingId).toArray();

async function writePositions(db: KonventDatabase, items: readonly AgendaItem[], changes: readonly Positioned[]): Promise<void> {
  const byId = new Map(items.map((item) => [item.id, item]));
  await putRows(
    db,
    'agendaItems',
    changes.map((change) => ({ ...byId.get(change.id)!, position: change.position })),
  );
}

export async function addAgendaItem(
  db: KonventDatabase,
  sittingId: string,
  fields: Pick<AgendaItem, 'title' | 'presenter' | 'public'>,
): Promise<AgendaItem> {
  return db.transaction('rw', [db.table('minutes'), db.table('agendaItems')], async () => {
    await guard(db, sittingId);
    const items = await itemsOf(db, sittingId);
    const position = Math.max(0, ...items.map((item) => item.position)) + 1;
    return putRow(db, 'agendaItems', { id: newId(), sittingId, position, notes: '', ...fields });
  });
}

/** "Aus Vorlage": appends the template's items that are not on the agenda yet. Returns how many. */
export async function addAgendaItemsFromTemplate(db: KonventDatabase, sittingId: string, template: readonly string[]): Promise<number> {
  return db.transaction('rw', [db.table('minutes'), db.table('agendaItems')], async () => {
    await guard(db, sittingId);
    const items = await itemsOf(db, sittingId);
    const titles = titlesFromTemplate(template, items.map((item) => item.title));
    const start = Math.max(0, ...items.map((item) => item.position));
    await putRows(
      db,
      'agendaItems',
      titles.map((title, index) => ({ id: newId(), sittingId, position: start + index + 1, title, public: true, notes: '' })),
    );
    return titles.length;
  });
}

export async function updateAgendaItem(
  db: KonventDatabase,
  id: string,
  changes: Partial<Pick<AgendaItem, 'title' | 'presenter' | 'public' | 'notes'>>,
): Promise<AgendaItem> {
  return db.transaction('rw', [db.table('minutes'), db.table('agendaItems')], async () => {
    const item = await itemOrThrow(db, id);
    await guard(db, item.sittingId);
    return putRow(db, 'agendaItems', { ...item, ...changes });
  });
}

/** Moves an item one step (buttons, Alt+↑/↓) or to an index (drag and drop). */
export async function moveAgendaItem(db: KonventDatabase, id: string, move: { by: -1 | 1 } | { to: number }): Promise<void> {
  await db.transaction('rw', [db.table('minutes'), db.table('agendaItems')], async () => {
    const item = await itemOrThrow(db, id);
    await guard(db, item.sittingId);
    const items = await itemsOf(db, item.sittingId);
    await writePositions(db, items, 'by' in move ? moveBy(items, id, move.by) : moveTo(items, id, move.to));
  });
}

/** Deletes an item with its decisions and the action items recorded under it, then closes the gap. */
export async function deleteAgendaItem(db: KonventDatabase, id: string): Promise<void> {
  const tables = ['minutes', 'sittings', 'agendaItems', 'decisions', 'actionItems'].map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    const item = await itemOrThrow(db, id);
    await guard(db, item.sittingId);
    const actionItems = await db.domain('actionItems').where('agendaItemId').equals(id).toArray();
    // During a correction the item is editable, but its actionItems may stand in a later approved review.
    for (const actionItem of actionItems) await assertApprovedReviewsUnchanged(db, actionItem, undefined);
    await db.domain('decisions').where('agendaItemId').equals(id).delete();
    await db.domain('actionItems').bulkDelete(actionItems.map((actionItem) => actionItem.id));
    await db.domain('agendaItems').delete(id);
    const rest = await itemsOf(db, item.sittingId);
    await writePositions(db, rest, renumber(rest));
  });
}

export async function addDecision(db: KonventDatabase, agendaItemId: string): Promise<Decision> {
  return db.transaction('rw', [db.table('minutes'), db.table('agendaItems'), db.table('decisions')], async () => {
    const item = await itemOrThrow(db, agendaItemId);
    await guard(db, item.sittingId);
    const existing = await db.domain('decisions').where('agendaItemId').equals(agendaItemId).toArray();
    const position = Math.max(0, ...existing.map((d) => d.position)) + 1;
    return putRow(db, 'decisions', withVoteOutcome({ id: newId(), agendaItemId, position, wording: '', votes: undefined }));
  });
}

/** Updates wording, motion or votes; result and unanimity are recomputed with the votes. */
export async function updateDecision(
  db: KonventDatabase,
  id: string,
  changes: Partial<Pick<Decision, 'motion' | 'wording' | 'votes'>>,
): Promise<Decision> {
  return db.transaction('rw', [db.table('minutes'), db.table('agendaItems'), db.table('decisions')], async () => {
    const decision = await db.domain('decisions').get(id);
    if (!decision) throw new Error('decisionGone');
    const item = await itemOrThrow(db, decision.agendaItemId);
    await guard(db, item.sittingId);
    const next = { ...decision, ...changes };
    if ('votes' in changes && changes.votes === undefined) delete next.votes;
    return putRow(db, 'decisions', withVoteOutcome(next));
  });
}

export async function deleteDecision(db: KonventDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.table('minutes'), db.table('agendaItems'), db.table('decisions')], async () => {
    const decision = await db.domain('decisions').get(id);
    if (!decision) return;
    const item = await itemOrThrow(db, decision.agendaItemId);
    await guard(db, item.sittingId);
    await db.domain('decisions').delete(id);
  });
}
