import type { PlanReason } from '../domain/planReason';
import type { Sitting } from '../domain/sitting';

type HostReason = Extract<PlanReason, { code: 'hostShifted' | 'hostsSwapped' }>;
const isHostReason = (reason: PlanReason): reason is HostReason => reason.code === 'hostShifted' || reason.code === 'hostsSwapped';

/**
 * The sitting's reasons after one more is added. Reasons accumulate (the plan shows the whole story:
 * "verschoben …; abgesagt …"), except the reason for the host: a sitting keeps one, and it explains
 * the host the sitting has now against the host the plan gave it first. So after a second host
 * change no reason names a host the sitting no longer has; back with its first host, it needs none.
 * Shifts by several cancellations are one reason listing every cancelled date.
 */
export function addPlanReason(before: Pick<Sitting, 'planReasons' | 'hostTerritoryId'>, reason: PlanReason, hostAfter: string | undefined): PlanReason[] {
  const reasons = before.planReasons ?? [];
  if (!isHostReason(reason)) return [...reasons, reason];
  const earlier = reasons.filter(isHostReason);
  const rest = reasons.filter((r) => !isHostReason(r));
  const first = earlier[0];
  const original = first ? first.from : before.hostTerritoryId;
  if (hostAfter === original) return rest;
  const from = original === undefined ? {} : { from: original };
  if (reason.code === 'hostsSwapped') return [...rest, { code: 'hostsSwapped', otherDate: reason.otherDate, ...from }];
  const cancelledDates = [...new Set([...earlier.flatMap((r) => (r.code === 'hostShifted' ? r.cancelledDates : [])), ...reason.cancelledDates])].sort();
  return [...rest, { code: 'hostShifted', cancelledDates, ...from }];
}

/**
 * The reason typed when the sitting was cancelled (for the letter of cancellation). Sittings saved
 * before planReasons carry it in the German plan note: "Abgesagt, <reason>, <host> behält/verliert
 * das Gastgeberrecht", notes joined with "; ".
 */
export function cancelReasonOf(sitting: Pick<Sitting, 'planNote' | 'planReasons'>): string {
  const cancelled = sitting.planReasons?.findLast((r) => r.code === 'cancelled');
  if (cancelled) return cancelled.text?.trim() ?? '';
  const line = sitting.planNote?.split('; ').reverse().find((l) => l.startsWith('Abgesagt')) ?? '';
  const parts = line.split(', ').slice(1);
  if (parts.length > 0 && /Gastgeberrecht$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join(', ').trim();
}
