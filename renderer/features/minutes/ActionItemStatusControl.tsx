import type { ActionItem } from '../../../shared/domain/minutes';
import { useMessages, useNumericDate } from '../../app/i18n/useMessages';

const actionItemStatuses = ['open', 'done', 'dropped'] as const;

/**
 * A actionItem's state: a select, or plain text once approved minutes have recorded it
 * (shared/minutes/reviewLock.ts): then no control is offered that could only be refused.
 */
export function ActionItemStatusControl({
  actionItem,
  fixedBy,
  label,
  id,
  onChange,
}: {
  actionItem: ActionItem;
  /** Date of the approved sitting that fixes the state, if any. */
  fixedBy: string | undefined;
  /** Accessible name of the select (when no visible label points at `id`). */
  label?: string;
  id?: string;
  onChange: (status: ActionItem['status']) => void;
}) {
  const t = useMessages().minutes;
  const numericDate = useNumericDate();
  if (fixedBy) {
    return (
      <span>
        {t.actionItems.statuses[actionItem.status]}
        <span className="muted block">{t.actionItemList.fixedBy(numericDate(fixedBy))}</span>
      </span>
    );
  }
  return (
    <select id={id} aria-label={label} value={actionItem.status} onChange={(e) => onChange(e.target.value as ActionItem['status'])}>
      {actionItemStatuses.map((status) => (
        <option key={status} value={status}>
          {t.actionItems.statuses[status]}
        </option>
      ))}
    </select>
  );
}
