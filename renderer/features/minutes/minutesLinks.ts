import type { CompletenessTarget } from '../../../shared/minutes/completeness';

export type MinutesTab = 'agenda' | 'minutes' | 'approval';
export const minutesTabs: readonly MinutesTab[] = ['agenda', 'minutes', 'approval'];

/** App path of a sitting's minutes, optionally on a tab and focusing an element. */
export function minutesPath(sittingId: string, tab?: MinutesTab, focus?: string): string {
  const query = new URLSearchParams();
  if (tab) query.set('tab', tab);
  if (focus) query.set('focus', focus);
  const search = query.toString();
  return `/minutes/${sittingId}${search ? `?${search}` : ''}`;
}

/** Element ids of the fields the completeness check points at. */
export const fieldIds = {
  header: (field: string) => `minutes-${field}`,
  item: (itemId: string) => `item-${itemId}`,
  notes: (itemId: string) => `notes-${itemId}`,
  decisionWording: (decisionId: string) => `decision-${decisionId}-wording`,
  decisionVotes: (decisionId: string) => `decision-${decisionId}-yes`,
  attendance: (membershipId: string) => `attendance-${membershipId}`,
  agendaAdd: 'agenda-add-title',
  /** On the sitting page, where attendance and the reason of an absence are entered. */
  attendanceStatus: (membershipId: string) => `attendance-status-${membershipId}`,
  attendanceReason: (membershipId: string) => `attendance-reason-${membershipId}`,
};

/** Where a completeness problem is fixed: tab and element. */
export function targetLocation(target: CompletenessTarget): { tab: MinutesTab; focus: string } {
  switch (target.kind) {
    case 'header':
      return { tab: 'minutes', focus: fieldIds.header(target.field) };
    case 'agenda':
      return { tab: 'agenda', focus: fieldIds.agendaAdd };
    case 'attendance':
      return { tab: 'minutes', focus: fieldIds.attendance(target.membershipId) };
    case 'decision':
      return {
        tab: 'minutes',
        focus: target.field === 'wording' ? fieldIds.decisionWording(target.decisionId) : fieldIds.decisionVotes(target.decisionId),
      };
  }
}

/** Focuses an element by id once it is rendered (after a tab switch), and scrolls it into view. */
export function focusWhenRendered(id: string, attempts = 20): void {
  const element = document.getElementById(id);
  if (element) {
    element.focus();
    element.scrollIntoView({ block: 'center' });
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusWhenRendered(id, attempts - 1));
}
