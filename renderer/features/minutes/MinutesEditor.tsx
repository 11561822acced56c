import { useId, useState } from 'react';
import type { MinutesItem } from '../../../shared/minutes/minutesDocument';
import { personWithFunction } from '../../../shared/domain/person';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages, useNumericDate } from '../../app/i18n/useMessages';
import { href } from '../../app/router';
import { saveMinutesHeader, type MinutesHeader } from '../../db/repositories/minutesRepository';
import { updateAgendaItem } from '../../db/repositories/agendaRepository';
import { AutosaveField } from '../../app/autosave/AutosaveField';
import { useAutosave } from '../../app/autosave/useAutosave';
import { AutosaveStatus } from '../../app/autosave/AutosaveStatus';
import { MarkdownView } from './MarkdownView';
import { usePreviewSource } from './usePreviewSource';
import { DecisionsList } from './DecisionsList';
import { ActionItemsList } from './ActionItemsList';
import { ReviewPanel } from './ReviewPanel';
import { MinutesAttendancePanel } from './MinutesAttendancePanel';
import { fieldIds, minutesPath } from './minutesLinks';
import type { SittingMinutes } from './useSittingMinutes';
import { AddActionItemForm } from './AddActionItemForm';
import { AddDecisionButton } from './AddDecisionButton';

/**
 * The minutes of one sitting: header (chair, minute taker, times, place), attendance from the
 * sitting, and per agenda item its text, decisions and action items. Everything saves itself.
 * Approved minutes show their frozen document read-only (data.document, useSittingMinutes.ts).
 */
export function MinutesEditor({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes;
  const numericDate = useNumericDate();
  const peopleListId = useId();
  const { document, locked } = data;
  const reviewHost = document.items.find((item) => item.id === document.review.hostItemId);
  const approvalHost = document.items.find((item) => item.id === document.approvals?.hostItemId);
  const approvals = (document.approvals?.sittingDates ?? []).map((date) => (
    <p key={date} className="notice mn-approval-given">
      {t.print.approvalOf(numericDate(date))}
    </p>
  ));

  return (
    <div className="mn-editor">
      <datalist id={peopleListId}>
        {data.people.map((person) => (
          <option key={person.id} value={personWithFunction(person)} />
        ))}
      </datalist>
      <HeaderPanel data={data} peopleListId={peopleListId} />
      <MinutesAttendancePanel data={data} />

      <h2 className="mn-section-heading">{t.items.heading}</h2>
      {!approvalHost && approvals.length > 0 && <div className="panel">{approvals}</div>}
      {document.items.length === 0 && (
        <div className="panel">
          <p>{t.items.empty}</p>
          <a href={href(minutesPath(data.sitting.id, 'agenda'))}>{t.items.toAgenda}</a>
        </div>
      )}
      {document.items.map((item) => (
        <section key={item.id} className="panel mn-item-panel" aria-labelledby={fieldIds.item(item.id)}>
          <h3 id={fieldIds.item(item.id)} tabIndex={-1} className="mn-item-heading">
            <span className="mn-item-top">{t.agenda.top(item.position)}</span> {item.title}
            {!item.public && <span className="badge"> {t.agenda.notPublic}</span>}
          </h3>
          {item.presenter && <p className="muted">{t.items.presenter(item.presenter)}</p>}
          <NotesEditor item={item} locked={locked} />
          {item === approvalHost && approvals}
          {item === reviewHost && <ReviewPanel data={data} embedded />}
          <DecisionsList data={data} item={item} />
          <ActionItemsList data={data} item={item} peopleListId={peopleListId} />
          {!locked && <ItemActions sittingId={data.sitting.id} item={item} peopleListId={peopleListId} />}
        </section>
      ))}
      {!reviewHost && document.review.entries.length > 0 && <ReviewPanel data={data} />}
    </div>
  );
}

/** "Beschluss hinzufügen" and "Aufgabe hinzufügen" (which opens a small form) under an item. */
function ItemActions({ sittingId, item, peopleListId }: { sittingId: string; item: MinutesItem; peopleListId: string }) {
  const t = useMessages().minutes.actionItems;
  const [addingActionItem, setAddingActionItem] = useState(false);
  return (
    <div className="mn-item-actions">
      <div className="toolbar">
        <AddDecisionButton itemId={item.id} />
        {!addingActionItem && (
          <button type="button" className="button small" onClick={() => setAddingActionItem(true)}>
            {t.add}
          </button>
        )}
      </div>
      {addingActionItem && <AddActionItemForm sittingId={sittingId} agendaItemId={item.id} peopleListId={peopleListId} onClose={() => setAddingActionItem(false)} />}
    </div>
  );
}

function HeaderPanel({ data, peopleListId }: { data: SittingMinutes; peopleListId: string }) {
  const t = useMessages().minutes.header;
  const db = useDatabase();
  const { minutes, locked, sitting } = data;
  // Approved minutes show the header as approved (frozen), not the row as it may read now.
  const stored = (name: keyof MinutesHeader) => (locked ? data.document.header[name] : minutes[name]);
  const save = (field: keyof MinutesHeader) => (value: string) =>
    saveMinutesHeader(db, sitting.id, { [field]: field === 'start' || field === 'end' ? value || undefined : value });
  const field = (name: keyof MinutesHeader, label: string, extra: { type?: string; list?: string; hint?: string } = {}) => (
    <AutosaveField
      id={fieldIds.header(name)}
      saveKey={`minutes.${sitting.id}.${name}`}
      label={label}
      value={stored(name) ?? ''}
      readOnly={locked}
      onSave={save(name)}
      className={`mn-header-${name}`}
      {...(extra.hint ? { hint: extra.hint } : {})}
      inputProps={{ ...(extra.type ? { type: extra.type } : {}), ...(extra.list ? { list: extra.list } : {}) }}
    />
  );
  return (
    <div className="panel">
      <h2>{t.heading}</h2>
      <div className="mn-header-grid">
        {field('chair', t.chair, { list: peopleListId, hint: t.namesHint })}
        {field('recorder', t.recorder, { list: peopleListId })}
        {field('start', t.start, { type: 'time' })}
        {field('end', t.end, { type: 'time' })}
        {field('place', t.place)}
      </div>
    </div>
  );
}

/** The item's text: Markdown with a live preview beside it. */
function NotesEditor({ item, locked }: { item: MinutesItem; locked: boolean }) {
  const t = useMessages().minutes.items;
  const db = useDatabase();
  const id = fieldIds.notes(item.id);
  const { draft, setDraft, onFocus, onBlur, state } = useAutosave({
    key: `agendaItems.${item.id}.notes`,
    stored: item.notes,
    save: (notes: string) => updateAgendaItem(db, item.id, { notes }),
    readOnly: locked,
  });
  const previewSource = usePreviewSource(draft);
  return (
    <div className="mn-notes-editor">
      <div className="field mn-notes-input">
        <div className="mn-autosave-label">
          <label htmlFor={id}>{t.notes(item.position)}</label>
          {state.kind !== 'error' && <AutosaveStatus state={state} />}
        </div>
        <textarea
          id={id}
          rows={8}
          value={draft}
          readOnly={locked}
          aria-describedby={`${id}-hint${state.kind === 'error' ? ` ${id}-state` : ''}`}
          onChange={(e) => setDraft(e.target.value)}
          onFocus={onFocus}
          onBlur={onBlur}
        />
        {state.kind === 'error' && <AutosaveStatus state={state} id={`${id}-state`} />}
        <p id={`${id}-hint`} className="field-hint">
          {t.markdownHint}
        </p>
      </div>
      <section className="mn-notes-preview" aria-label={`${t.preview}: ${t.notes(item.position)}`}>
        <div className="mn-notes-preview-label">{t.preview}</div>
        <MarkdownView source={previewSource} headingBase={4} />
      </section>
    </div>
  );
}
