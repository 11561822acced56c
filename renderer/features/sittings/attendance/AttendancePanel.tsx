import { useRef, useState } from 'react';
import { attendanceStatuses } from '../../../../shared/domain/sitting';
import { personDisplayName } from '../../../../shared/domain/person';
import { unconfirmedDoubleRoles } from '../../../../shared/sittings/attendanceRules';
import { useMessages } from '../../../app/i18n/useMessages';
import type { SittingView } from '../loadSittingView';
import { AttendanceReadOnlyRow } from './AttendanceReadOnlyRow';
import { AttendanceRow } from './AttendanceRow';

/**
 * Attendance of the members as of the sitting's date: one click or one key per member. After a
 * status key the focus moves on to the next member, so a whole sitting is typed in one go. Once
 * the minutes are approved the list is shown as recorded, without controls.
 */
export function AttendancePanel({ view }: { view: SittingView }) {
  const t = useMessages().sittings.attendance;
  const listRef = useRef<HTMLOListElement>(null);
  const [showTimes, setShowTimes] = useState(() => view.seats.some((s) => s.attendance?.arrivedAt || s.attendance?.leftAt));
  const rows = view.seats.flatMap((s) => (s.attendance ? [s.attendance] : []));
  const unconfirmed = unconfirmedDoubleRoles(rows, view.holders);
  const readOnly = !!view.approvedMinutes;

  const focusMember = (index: number) => {
    const groups = listRef.current?.querySelectorAll<HTMLElement>('[data-attendance-group]');
    const group = groups?.[index];
    if (!group) return;
    (group.querySelector<HTMLInputElement>('input:checked') ?? group.querySelector<HTMLInputElement>('input'))?.focus();
  };

  return (
    <section className="panel" aria-labelledby="attendance-title">
      <div className="panel-head">
        <h2 id="attendance-title">{t.title}</h2>
        <span className="muted" data-testid="attendance-recorded">
          {t.recorded(rows.length, view.seats.length)}
        </span>
      </div>
      {!readOnly && <KeysHint />}
      {!readOnly && (
        <label className="times-toggle">
          <input type="checkbox" checked={showTimes} onChange={(e) => setShowTimes(e.target.checked)} /> {t.times}
        </label>
      )}
      {unconfirmed.map((role) => {
        const person = view.personById.get(role.personId);
        return (
          <p key={role.personId} className="notice warn">
            {t.unconfirmed(person ? personDisplayName(person) : role.personId)}
          </p>
        );
      })}
      {view.seats.length === 0 ? (
        <p className="muted">{t.noMembers}</p>
      ) : (
        <ol ref={listRef} className="attendance-list">
          {view.seats.map((seat, index) =>
            readOnly ? (
              <AttendanceReadOnlyRow key={seat.membership.id} seat={seat} view={view} />
            ) : (
              <AttendanceRow
                key={seat.membership.id}
                seat={seat}
                view={view}
                showTimes={showTimes}
                onMove={(step) => focusMember(index + step)}
              />
            ),
          )}
        </ol>
      )}
    </section>
  );
}

function KeysHint() {
  const t = useMessages().sittings.attendance;
  return (
    <p className="keys-hint" id="attendance-keys">
      {t.keysHint}{' '}
      {attendanceStatuses.map((status) => (
        <span key={status} className="key-item">
          <kbd>{t.keys[status]}</kbd> {t.statusHints[status]}
        </span>
      ))}
      <span className="key-item">({t.keyNext})</span>
      <span className="key-item">
        <kbd>{t.deleteKey}</kbd> {t.keyClear}
      </span>
      <span className="key-item">
        <kbd>↑</kbd>
        <kbd>↓</kbd> {t.keyMove}
      </span>
    </p>
  );
}
