import type { ActionItem, AgendaItem, Decision, Minutes } from '../../../shared/domain/minutes';
import type { Attendance, Guest } from '../../../shared/domain/sitting';
import { defaultSettings } from '../../../shared/domain/settings';
import { buildMinutesDocument } from '../../../shared/minutes/minutesDocument';
import { minutesContentHash } from '../../../shared/minutes/contentHash';
import { withFrozenApproval } from '../../../shared/minutes/frozenMinutes';
import type { Dataset } from './generateTenYears';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Approves each sitting's minutes in the next sitting, as the app does (minutesRepository's
 * approveMinutes): the approving sitting and date, the content hash, and the approved document
 * frozen in (`approvedDocument`, 20–30 KB each). Every approved minutes row of a real database has
 * one, so the benchmark's reads of the minutes table carry them too.
 */
export function approveLikeTheApp(data: Dataset): Minutes[] {
  const settings = defaultSettings('2026-01-01T00:00:00.000Z');
  const attendance = groupBy<Attendance>(data.attendance, (a) => a.sittingId);
  const guests = groupBy<Guest>(data.guests, (g) => g.sittingId);
  const items = groupBy<AgendaItem>(data.agendaItems, (i) => i.sittingId);
  const decisions = groupBy<Decision>(data.decisions, (d) => d.agendaItemId);
  const actions = groupBy<ActionItem>(data.actionItems, (a) => a.sittingId);
  const sittings = [...data.sittings].sort((a, b) => a.date.localeCompare(b.date));
  const index = new Map(sittings.map((s, i) => [s.id, i]));
  const earlier: { item: ActionItem; sittingDate: string }[] = [];
  const byMinutes = new Map<string, Minutes>();
  sittings.forEach((sitting, i) => {
    const minutes = data.minutes.find((m) => m.sittingId === sitting.id);
    const approving = sittings[i + 1];
    if (minutes && minutes.status === 'approved' && approving) {
      const agendaItems = items.get(sitting.id) ?? [];
      const document = buildMinutesDocument({
        sitting,
        minutes,
        memberships: data.memberships,
        persons: data.persons,
        attendance: attendance.get(sitting.id) ?? [],
        guests: guests.get(sitting.id) ?? [],
        agendaItems,
        decisions: agendaItems.flatMap((item) => decisions.get(item.id) ?? []),
        actionItems: actions.get(sitting.id) ?? [],
        earlierActionItems: [...earlier],
        territories: data.territories,
        approvalsGiven: i > 0 ? [sittings[i - 1]!.date] : [],
        allSittings: sittings,
        hostSeat: data.territories.find((t) => t.id === sitting.hostTerritoryId)?.seat,
      });
      const approved: Minutes = { ...minutes, approvedInSittingId: approving.id, approvedOn: approving.date, contentHash: minutesContentHash(document) };
      byMinutes.set(minutes.id, withFrozenApproval(approved, document, settings));
    }
    for (const item of actions.get(sitting.id) ?? []) earlier.push({ item, sittingDate: sitting.date });
  });
  return data.minutes.map((m) => byMinutes.get(m.id) ?? m).sort((a, b) => (index.get(a.sittingId) ?? 0) - (index.get(b.sittingId) ?? 0));
}
