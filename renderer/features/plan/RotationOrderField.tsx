import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Territory } from '../../../shared/domain/territory';
import { useMessages } from '../../app/i18n/useMessages';

/**
 * The rotation order as a list that can be reordered with buttons or, on a selected entry, with
 * Alt+Arrow up/down. The new position is announced, and focus stays on the moved entry.
 */
export function RotationOrderField({
  value,
  onChange,
  territories,
  error,
}: {
  value: string[];
  onChange: (order: string[]) => void;
  territories: readonly Territory[];
  error?: string | undefined;
}) {
  const t = useMessages().plan.form;
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const nameOf = (territoryId: string) => territories.find((x) => x.id === territoryId)?.name ?? territoryId;

  useEffect(() => {
    if (!pendingFocus.current) return;
    handles.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [value]);

  const move = (index: number, delta: -1 | 1, keepFocusOn?: string) => {
    const target = index + delta;
    if (target < 0 || target >= value.length) return;
    const next = [...value];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(target, 0, item);
    onChange(next);
    setAnnouncement(t.movedTo(nameOf(item), target + 1, next.length));
    pendingFocus.current = keepFocusOn ?? null;
  };

  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>, index: number, territoryId: string) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index, -1, territoryId);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, 1, territoryId);
    }
  };

  return (
    <fieldset className="plan-fieldset" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t.rotation}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t.rotationHint}
      </p>
      <ol className="rotation-list">
        {value.map((territoryId, index) => (
          <li key={territoryId} className="rotation-item">
            <span className="rotation-position" aria-hidden="true">
              {index + 1}.
            </span>
            <button
              type="button"
              className="rotation-handle"
              ref={(el) => {
                if (el) handles.current.set(territoryId, el);
                else handles.current.delete(territoryId);
              }}
              aria-describedby={`${id}-hint`}
              onKeyDown={(e) => onHandleKey(e, index, territoryId)}
            >
              {nameOf(territoryId)}
            </button>
            <button
              type="button"
              className="button small"
              aria-label={t.moveUp(nameOf(territoryId))}
              disabled={index === 0}
              onClick={() => move(index, -1, index - 1 === 0 ? territoryId : undefined)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button small"
              aria-label={t.moveDown(nameOf(territoryId))}
              disabled={index === value.length - 1}
              onClick={() => move(index, 1, index + 1 === value.length - 1 ? territoryId : undefined)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
