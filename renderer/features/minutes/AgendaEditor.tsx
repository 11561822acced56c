import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { AgendaItem } from '../../../shared/domain/minutes';
import { agendaItemSchema } from '../../../shared/domain/minutes';
import { useDatabase } from '../../app/DatabaseContext';
import { useConfirm } from '../../app/components/useConfirm';
import { useMessages } from '../../app/i18n/useMessages';
import { Field } from '../../app/components/form/Field';
import {
  addAgendaItem,
  addAgendaItemsFromTemplate,
  deleteAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
} from '../../db/repositories/agendaRepository';
import { AutosaveField } from '../../app/autosave/AutosaveField';
import { fieldIds } from './minutesLinks';
import { useActionError } from './useActionError';
import type { SittingMinutes } from './useSittingMinutes';

/**
 * The agenda (Tagesordnung): numbered items with title, presenter and public flag; reorder by
 * dragging the handle, by the arrow buttons, or with Alt+↑/↓ inside an item; start from the
 * template of Einstellungen.
 */
export function AgendaEditor({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes;
  const db = useDatabase();
  const { confirm, dialog: confirmDialog } = useConfirm();
  const items = [...data.sources.agendaItems].sort((a, b) => a.position - b.position);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<{ id?: string; over?: { id: string; after: boolean } }>({});
  const { error, run } = useActionError();
  const locked = data.locked;

  const move = (item: AgendaItem, change: { by: -1 | 1 } | { to: number }) =>
    run(async () => {
      await moveAgendaItem(db, item.id, change);
      const target = 'by' in change ? item.position + change.by : change.to + 1;
      setAnnouncement(t.agenda.moved(item.title, Math.max(1, Math.min(items.length, target))));
    });

  const onItemKey = (item: AgendaItem) => (event: KeyboardEvent) => {
    if (!event.altKey || locked) return;
    if (event.key === 'ArrowUp' && item.position > 1) {
      event.preventDefault();
      void move(item, { by: -1 });
    } else if (event.key === 'ArrowDown' && item.position < items.length) {
      event.preventDefault();
      void move(item, { by: 1 });
    }
  };

  const dropIndex = (targetId: string, after: boolean): number | undefined => {
    const from = items.findIndex((i) => i.id === dragging.id);
    const target = items.findIndex((i) => i.id === targetId);
    if (from < 0 || target < 0) return undefined;
    const insertAt = after ? target + 1 : target;
    return from < insertAt ? insertAt - 1 : insertAt;
  };

  /** The handle is the drag source (inputs in the row stay selectable); the row is the drop target. */
  const handleDrag = (item: AgendaItem) => ({
    draggable: !locked,
    onDragStart: (event: DragEvent<HTMLElement>) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.id);
      const row = event.currentTarget.closest('li');
      if (row) event.dataTransfer.setDragImage(row, 24, 24);
      setDragging({ id: item.id });
    },
    onDragEnd: () => setDragging({}),
  });

  const rowDrop = (item: AgendaItem) => ({
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!dragging.id) return;
      event.preventDefault();
      const box = event.currentTarget.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      if (dragging.over?.id !== item.id || dragging.over.after !== after) setDragging({ ...dragging, over: { id: item.id, after } });
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      const moved = items.find((i) => i.id === dragging.id);
      const to = dragging.over ? dropIndex(dragging.over.id, dragging.over.after) : undefined;
      setDragging({});
      if (moved && to !== undefined && to !== items.indexOf(moved)) void move(moved, { to });
    },
  });

  const fromTemplate = () =>
    run(async () => {
      const added = await addAgendaItemsFromTemplate(db, data.sitting.id, data.settings.agendaTemplate);
      setAnnouncement(added ? t.agenda.templateAdded(added) : t.agenda.templateNothing);
    });

  const remove = (item: AgendaItem) => {
    const decisions = data.sources.decisions.filter((d) => d.agendaItemId === item.id).length;
    const actionItems = data.sources.actionItems.filter((a) => a.agendaItemId === item.id).length;
    void confirm({ title: t.agenda.remove(item.position), body: t.agenda.removeConfirm(item.title, decisions, actionItems) }).then(
      (yes) => yes && run(() => deleteAgendaItem(db, item.id)),
    );
  };

  return (
    <div className="panel mn-agenda-editor">
      <div className="mn-panel-head">
        <h2>{t.agenda.heading}</h2>
        {!locked && (
          <button type="button" className="button" onClick={() => void fromTemplate()}>
            {t.agenda.fromTemplate}
          </button>
        )}
      </div>
      {!locked && <p className="muted">{t.agenda.hint}</p>}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t.agenda.empty}</p>
      ) : (
        <>
        <div className="mn-agenda-row mn-agenda-columns" aria-hidden="true">
          <span />
          <span />
          <span>{t.agenda.itemTitle}</span>
          <span>{t.agenda.presenter}</span>
          <span />
          <span />
        </div>
        <ol className="mn-agenda-list">
          {items.map((item) => (
            // The row handles Alt+↑/↓ for the inputs inside it (keyboard reordering).
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
            <li
              key={item.id}
              className={`mn-agenda-row${dragging.id === item.id ? ' mn-dragging' : ''}${dragging.over?.id === item.id ? (dragging.over.after ? ' mn-drop-after' : ' mn-drop-before') : ''}`}
              aria-label={t.agenda.row(item.position)}
              onKeyDown={onItemKey(item)}
              {...rowDrop(item)}
            >
              {!locked && (
                <button
                  type="button"
                  className="mn-drag-handle"
                  aria-label={t.agenda.dragHandle(item.position)}
                  title={t.agenda.hint}
                  {...handleDrag(item)}
                >
                  ⠿
                </button>
              )}
              <span className="mn-agenda-top">{t.agenda.top(item.position)}</span>
              <AutosaveField
                className="mn-agenda-title"
                saveKey={`agendaItems.${item.id}.title`}
                label={t.agenda.itemTitle}
                hideLabel
                value={item.title}
                readOnly={locked}
                onSave={(title) => updateAgendaItem(db, item.id, { title })}
              />
              <AutosaveField
                className="mn-agenda-presenter"
                saveKey={`agendaItems.${item.id}.presenter`}
                label={t.agenda.presenter}
                hideLabel
                value={item.presenter ?? ''}
                readOnly={locked}
                onSave={(presenter) => updateAgendaItem(db, item.id, { presenter })}
              />
              <label className="mn-checkbox mn-agenda-public">
                <input
                  type="checkbox"
                  checked={item.public}
                  disabled={locked}
                  onChange={(e) => void run(() => updateAgendaItem(db, item.id, { public: e.target.checked }))}
                />
                {t.agenda.public}
              </label>
              {!locked && (
                <div className="mn-agenda-actions">
                  <button
                    type="button"
                    className="button small"
                    aria-label={t.agenda.moveUp(item.position)}
                    disabled={item.position === 1}
                    onClick={() => void move(item, { by: -1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button small"
                    aria-label={t.agenda.moveDown(item.position)}
                    disabled={item.position === items.length}
                    onClick={() => void move(item, { by: 1 })}
                  >
                    ↓
                  </button>
                  <button type="button" className="button small danger" aria-label={t.agenda.remove(item.position)} onClick={() => remove(item)}>
                    ✕
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
        </>
      )}
      {!locked && <AddAgendaItemForm sittingId={data.sitting.id} />}
      {confirmDialog}
    </div>
  );
}

const addSchema = agendaItemSchema.pick({ title: true, presenter: true, public: true });
type AddValues = z.infer<typeof addSchema>;

function AddAgendaItemForm({ sittingId }: { sittingId: string }) {
  const t = useMessages().minutes.agenda;
  const db = useDatabase();
  const { error, run } = useActionError();
  const { register, handleSubmit, formState, reset, setFocus } = useForm<AddValues>({
    resolver: zodResolver(addSchema),
    defaultValues: { title: '', presenter: '', public: true },
    shouldFocusError: true,
  });
  const onSubmit = handleSubmit((values) =>
    run(async () => {
      await addAgendaItem(db, sittingId, values);
      reset();
      setFocus('title');
    }),
  );
  return (
    <form className="mn-agenda-add" onSubmit={onSubmit} noValidate aria-labelledby="agenda-add-heading">
      <h3 id="agenda-add-heading">{t.addHeading}</h3>
      <div className="mn-agenda-add-fields">
        <Field label={t.itemTitle} error={formState.errors.title} id={fieldIds.agendaAdd}>
          <input type="text" {...register('title')} />
        </Field>
        <Field label={t.presenter} error={formState.errors.presenter}>
          <input type="text" {...register('presenter')} />
        </Field>
        <label className="mn-checkbox">
          <input type="checkbox" {...register('public')} />
          {t.public}
        </label>
        <button type="submit" className="button primary" disabled={formState.isSubmitting}>
          {t.add}
        </button>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </form>
  );
}
