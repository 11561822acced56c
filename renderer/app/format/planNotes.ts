import type { Language } from '../../../shared/domain/settings';
import type { DayObstacle, PlanReason } from '../../../shared/domain/planReason';
import type { Sitting } from '../../../shared/domain/sitting';
import { daysBetween } from '../../../shared/dates/isoDates';
import type { Messages } from '../i18n/catalog';
import { formatDateShort } from './dates';

export interface PlanNoteContext {
  messages: Messages;
  language: Language;
  hostName: (territoryId: string | undefined) => string;
}

/** A Saxon public holiday's name in the language (the German name is the key). */
export function holidayName(name: string, messages: Messages): string {
  return messages.plan.holidayNames[name] ?? name;
}

/** "Feiertag: Buß- und Bettag", "Sperrzeit: Winterferien 2026", "Wochenende". */
export function obstacleText(obstacle: DayObstacle, messages: Messages): string {
  const t = messages.plan.reasons;
  switch (obstacle.kind) {
    case 'weekend':
      return t.weekend;
    case 'holiday':
      return t.holiday(holidayName(obstacle.name, messages));
    case 'blocked':
      return t.blocked(obstacle.label);
  }
}

const withText = (reason: string, text: string | undefined, join: (a: string, b: string) => string) => (text?.trim() ? join(reason, text.trim()) : reason);

/**
 * One reason in words, for the sitting as it is now: a reason about the host names the sitting's
 * current host (never one stored with the reason).
 */
export function planReasonText(reason: PlanReason, sitting: Pick<Sitting, 'hostTerritoryId'>, context: PlanNoteContext): string {
  const { messages, language, hostName } = context;
  const t = messages.plan.reasons;
  const date = (iso: string) => formatDateShort(iso, language);
  switch (reason.code) {
    case 'scheduleMoved': {
      const why = obstacleText(reason.obstacle, messages);
      const [from, to] = [date(reason.ruleDate), date(reason.date)];
      if (reason.earlier) return reason.policy === 'nextWorkingDay' ? t.earlierNextWorkingDay(from, why, to) : t.earlierWeeksLater(from, why, to);
      return reason.policy === 'nextWorkingDay' ? t.movedNextWorkingDay(from, why, to) : t.movedWeeksLater(from, why, to, daysBetween(reason.ruleDate, reason.date) / 7);
    }
    case 'moved': {
      const moved = t.moved(date(reason.from), date(reason.to));
      const parts = [moved, reason.start && reason.end ? t.time(reason.start, reason.end) : '', reason.text?.trim() ?? ''];
      return parts.filter(Boolean).join(', ');
    }
    case 'timeChanged':
      return [t.timeChanged(reason.start, reason.end), reason.text?.trim() ?? ''].filter(Boolean).join(', ');
    case 'hostsSwapped':
      return t.hostsSwapped(date(reason.otherDate));
    case 'hostShifted':
      return t.hostShifted(hostName(sitting.hostTerritoryId), hostName(reason.from), messages.plan.list(reason.cancelledDates.map(date)), reason.cancelledDates.length);
    case 'cancelled': {
      const host = hostName(sitting.hostTerritoryId);
      const turn = host ? (reason.turn === 'keepsTurn' ? t.keepsTurn(host) : t.losesTurn(host)) : '';
      return [t.cancelled, reason.text?.trim() ?? '', turn].filter(Boolean).join(', ');
    }
    case 'extra':
      return withText(t.extra, reason.text, t.withText);
  }
}

/**
 * Everything the plan says about a sitting, in the UI language. A plan note stored as German text by
 * an earlier version (planNote) is shown as it is, before the reasons recorded since.
 */
export function planNotesText(sitting: Pick<Sitting, 'planNote' | 'planReasons' | 'hostTerritoryId'>, context: PlanNoteContext): string {
  const legacy = sitting.planNote?.trim();
  const reasons = (sitting.planReasons ?? []).map((reason) => planReasonText(reason, sitting, context));
  return [legacy, ...reasons].filter(Boolean).join('; ');
}
