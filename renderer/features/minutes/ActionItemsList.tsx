import type { ActionItem } from '../../../shared/domain/minutes';
import type { MinutesItem } from '../../../shared/minutes/minutesDocument';
import { statusFixedByApprovedReviewLookup } from '../../../shared/minutes/reviewLock';
import { useDatabase } from '../../app/DatabaseContext';
import { useConfirm } from '../../app/components/useConfirm';
import { useMessages } from '../../app/i18n/useMessages';
import { todayIso } from '../../app/format/dates';
import { deleteActionItem, setActionItemStatus, updateActionItem } from '../../db/repositories/actionItemRepository';
import { AutosaveField } from '../../app/autosave/AutosaveField';
import { ActionItemStatusControl } from './ActionItemStatusControl';
import { useActionError } from './useActionError';
import type { SittingMinutes } from './useSittingMinutes';

/**
 * Action items of an item: what, who, by when, and their state. What/who/when are minutes content
 * (locked after approval); the state is tracking and stays changeable until a later sitting's
 * approved minutes have recorded it (shared/minutes/reviewLock.ts).
 */
export function ActionItemsList({ data, item, peopleListId }: { data: SittingMinutes; item: MinutesItem; peopleListId: string }) {
  const t = useMessages().minutes.actionItems;
  const actionItems = data.locked
    ? approvedActionItems(item, data.sources.actionItems)
    : data.sources.actionItems.filter((a) => a.agendaItemId === item.id).sort((a, b) => a.id.localeCompare(b.id));
  if (actionItems.length === 0) return null;
  const fixedBy = statusFixedByApprovedReviewLookup(data.approvedSittingDates);
  return (
    <div className="mn-tasks">
      <h4>{t.heading}</h4>
      <ul className="mn-task-list">
        {actionItems.map((actionItem) => (
          <ActionItemRow
            key={actionItem.id}
            actionItem={actionItem}
            locked={data.locked}
            fixedBy={fixedBy(actionItem, data.sitting.date)}
            peopleListId={peopleListId}
          />
        ))}
      </ul>
    </div>
  );
}

/**
 * Approved minutes: the actionItems as approved (frozen text, owner, date) with their live state, which
 * stays tracking. A actionItem whose row is gone (deleted on another PC) still shows, without a state.
 */
function approvedActionItems(item: MinutesItem, rows: readonly ActionItem[]): (ActionItem & { untracked?: boolean })[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return item.actionItems.map((approved) => {
    const row = byId.get(approved.id);
    const { due: _due, ...base }: ActionItem = row ?? { id: approved.id, updatedAt: '', sittingId: '', status: 'open', text: '', owner: '' };
    return { ...base, text: approved.text, owner: approved.owner, ...(approved.due ? { due: approved.due } : {}), ...(row ? {} : { untracked: true }) };
  });
}

function ActionItemRow({
  actionItem,
  locked,
  fixedBy,
  peopleListId,
}: {
  actionItem: ActionItem & { untracked?: boolean };
  locked: boolean;
  fixedBy: string | undefined;
  peopleListId: string;
}) {
  const t = useMessages().minutes.actionItems;
  const db = useDatabase();
  const { error, run } = useActionError();
  const { confirm, dialog: confirmDialog } = useConfirm();
  const remove = () => {
    void confirm({ title: t.remove(actionItem.text) }).then((yes) => yes && run(() => deleteActionItem(db, actionItem.id)));
  };
  return (
    <li className="mn-task-row">
      <AutosaveField
        className="mn-task-text"
        saveKey={`actionItems.${actionItem.id}.text`}
        label={t.text}
        value={actionItem.text}
        readOnly={locked}
        onSave={(text) => updateActionItem(db, actionItem.id, { text })}
      />
      <AutosaveField
        className="mn-task-owner"
        saveKey={`actionItems.${actionItem.id}.owner`}
        label={t.owner}
        value={actionItem.owner}
        readOnly={locked}
        inputProps={{ list: peopleListId }}
        onSave={(owner) => updateActionItem(db, actionItem.id, { owner })}
      />
      <AutosaveField
        className="mn-task-due"
        saveKey={`actionItems.${actionItem.id}.due`}
        label={t.due}
        value={actionItem.due ?? ''}
        readOnly={locked}
        inputProps={{ type: 'date' }}
        onSave={(due) => updateActionItem(db, actionItem.id, { due: due || undefined })}
      />
      <div className="field mn-task-status">
        {fixedBy || actionItem.untracked ? <span className="field-label">{t.status}</span> : <label htmlFor={`task-status-${actionItem.id}`}>{t.status}</label>}
        {actionItem.untracked ? (
          <span>—</span>
        ) : (
          <ActionItemStatusControl
            actionItem={actionItem}
            fixedBy={fixedBy}
            id={`task-status-${actionItem.id}`}
            onChange={(status) => void run(() => setActionItemStatus(db, actionItem.id, status, todayIso()))}
          />
        )}
      </div>
      {!locked && (
        <button type="button" className="button small danger mn-task-remove" aria-label={t.remove(actionItem.text)} onClick={remove}>
          ✕
        </button>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {confirmDialog}
    </li>
  );
}
