import type { ActionItem, AgendaItem, Decision } from '../domain/minutes';
import type { Sitting } from '../domain/sitting';
import { markdownToPlainText } from './markdown';
import { formatDecisionNumber } from './decisionNumbers';
import type { SearchDocument } from './fullTextSearch';

/**
 * The plain text of each item's Markdown, remembered by item: a text that did not change is not
 * parsed again (the search keeps one of these for as long as the app runs).
 */
export class PlainTextCache {
  private readonly byItem = new Map<string, { notes: string; plain: string }>();

  plainText(itemId: string, notes: string): string {
    const known = this.byItem.get(itemId);
    if (known && known.notes === notes) return known.plain;
    const plain = markdownToPlainText(notes);
    this.byItem.set(itemId, { notes, plain });
    return plain;
  }
}

/** The searchable texts of all minutes: one document per item text, decision and action item. */
export function buildSearchDocuments(
  input: {
    sittings: readonly Sitting[];
    agendaItems: readonly AgendaItem[];
    decisions: readonly Decision[];
    actionItems: readonly ActionItem[];
  },
  cache?: PlainTextCache,
): SearchDocument[] {
  const plainText = (item: AgendaItem) => (cache ? cache.plainText(item.id, item.notes) : markdownToPlainText(item.notes));
  const sittingDate = new Map(input.sittings.map((s) => [s.id, s.date]));
  const itemById = new Map(input.agendaItems.map((item) => [item.id, item]));
  const documents: SearchDocument[] = [];
  for (const item of input.agendaItems) {
    const date = sittingDate.get(item.sittingId);
    if (!date) continue;
    documents.push({
      kind: 'item',
      id: item.id,
      sittingId: item.sittingId,
      sittingDate: date,
      itemId: item.id,
      itemPosition: item.position,
      title: item.title,
      text: [item.presenter ?? '', plainText(item)].filter(Boolean).join(' · '),
    });
  }
  for (const decision of input.decisions) {
    const item = itemById.get(decision.agendaItemId);
    const date = item && sittingDate.get(item.sittingId);
    if (!item || !date) continue;
    documents.push({
      kind: 'decision',
      id: decision.id,
      sittingId: item.sittingId,
      sittingDate: date,
      itemId: item.id,
      itemPosition: item.position,
      title: item.title,
      // A fixed number is found by search: "Beschluss Nr. 03/2026", "03/2026".
      text: [decision.fixedNumber ? `Beschluss Nr. ${formatDecisionNumber(decision.fixedNumber)}` : '', decision.motion ?? '', decision.wording]
        .filter((t) => t.trim())
        .join(' · '),
    });
  }
  for (const actionItem of input.actionItems) {
    const date = sittingDate.get(actionItem.sittingId);
    if (!date) continue;
    const item = actionItem.agendaItemId ? itemById.get(actionItem.agendaItemId) : undefined;
    documents.push({
      kind: 'actionItem',
      id: actionItem.id,
      sittingId: actionItem.sittingId,
      sittingDate: date,
      itemId: item?.id,
      itemPosition: item?.position,
      title: item?.title ?? '',
      text: [actionItem.text, actionItem.owner].filter((t) => t.trim()).join(' · '),
    });
  }
  return documents;
}
