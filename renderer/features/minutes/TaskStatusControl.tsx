import type { ActionItem } from '../../../shared/domain/minutes';
import { formatDateNumeric } from '../../app/format/dates';
import { useMessages } from '../../app/i18n/useMessages';

const taskStatuses = ['open', 'done', 'dropped'] as const;

/**
 * A task's state: a select, or plain text once approved minutes have recorded it
 * (shared/minutes/reviewLock.ts): then no control is offered that could only be refused.
 */
export function TaskStatusControl({
  task,
  fixedBy,
  label,
  id,
  onChange,
}: {
  task: ActionItem;
  /** Date of the approved sitting that fixes the state, if any. */
  fixedBy: string | undefined;
  /** Accessible name of the select (when no visible label points at `id`). */
  label?: string;
  id?: string;
  onChange: (status: ActionItem['status']) => void;
}) {
  const t = useMessages().minutes;
  if (fixedBy) {
    return (
      <span>
        {t.tasks.statuses[task.status]}
        <span className="muted block">{t.taskList.fixedBy(formatDateNumeric(fixedBy))}</span>
      </span>
    );
  }
  return (
    <select id={id} aria-label={label} value={task.status} onChange={(e) => onChange(e.target.value as ActionItem['status'])}>
      {taskStatuses.map((status) => (
        <option key={status} value={status}>
          {t.tasks.statuses[status]}
        </option>
      ))}
    </select>
  );
}
