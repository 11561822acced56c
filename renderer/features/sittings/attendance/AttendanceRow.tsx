import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { attendanceStatuses, type AttendanceStatus } from '../../../../shared/domain/sitting';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import type { DoubleRole } from '../../../../shared/sittings/attendanceRules';
import type { RosterSeat } from '../../../../shared/sittings/sittingRoster';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages } from '../../../app/i18n/useMessages';
import { errorText } from '../../../app/i18n/errorText';
import {
  clearAttendance,
  recordAttendance,
  type AttendanceChange,
  type NewDeputy,
} from '../../../db/repositories/attendanceRepository';
import type { SittingView } from '../loadSittingView';
import { ConfirmDoubleRole } from './ConfirmDoubleRole';
import { DeputySelect, NEW_PERSON } from './DeputySelect';
import { NewDeputyForm } from './NewDeputyForm';
import { TimeInputs } from './TimeInputs';
import { ReasonField } from './ReasonField';

type Pending =
  /** "vertreten" chosen for a seat without standing deputy: waiting for the deputy. */
  | { kind: 'chooseDeputy' }
  | { kind: 'newPerson' }
  | { kind: 'confirm'; change: AttendanceChange; newDeputy?: NewDeputy | undefined; conflict: DoubleRole };

export function AttendanceRow({
  seat,
  view,
  showTimes,
  onMove,
}: {
  seat: RosterSeat;
  view: SittingView;
  showTimes: boolean;
  /** Focus the member `step` rows away (1 = next). */
  onMove: (step: number) => void;
}) {
  const messages = useMessages();
  const t = messages.sittings.attendance;
  const db = useDatabase();
  const person = view.personById.get(seat.membership.personId);
  const name = person ? personDisplayName(person) : '?';
  const stored = seat.attendance;
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState('');
  const groupRef = useRef<HTMLDivElement>(null);
  const deputyRef = useRef<HTMLSelectElement>(null);

  const shown: AttendanceStatus | undefined =
    pending?.kind === 'confirm' ? (pending.change.status ?? stored?.status) : pending ? 'represented' : stored?.status;

  useEffect(() => {
    if (pending?.kind === 'chooseDeputy') deputyRef.current?.focus();
  }, [pending]);

  const focusOwnGroup = () =>
    (groupRef.current?.querySelector<HTMLInputElement>('input:checked') ?? groupRef.current?.querySelector<HTMLInputElement>('input'))?.focus();

  const save = async (change: AttendanceChange, options: { confirmed?: boolean; newDeputy?: NewDeputy } = {}): Promise<boolean> => {
    try {
      const result = await recordAttendance(db, view.sitting.id, seat.membership.id, change, options);
      if (result.kind === 'saved') {
        setPending(null);
        setError('');
        return true;
      }
      if (result.kind === 'needsConfirmation') {
        setPending({ kind: 'confirm', change, newDeputy: options.newDeputy, conflict: result.conflict });
        return false;
      }
      setError(t.problems[result.problem]);
      return false;
    } catch (e) {
      setError(t.saveFailed(errorText(messages, e)));
      return false;
    }
  };

  /** Returns true when the status is saved (and the focus may move on). */
  const chooseStatus = async (status: AttendanceStatus): Promise<boolean> => {
    if (status !== 'represented') return save({ status });
    if (stored?.status === 'represented') {
      setPending(null);
      return true;
    }
    const standing = seat.standingDeputies[0];
    if (!standing) {
      setError('');
      setPending({ kind: 'chooseDeputy' });
      return false;
    }
    return save({ status, deputyPersonId: standing.personId });
  };

  const statusForKey = (key: string) => attendanceStatuses.find((s) => t.keys[s].toLowerCase() === key.toLowerCase());

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const status = statusForKey(event.key);
    if (status) {
      event.preventDefault();
      void chooseStatus(status).then((saved) => saved && onMove(1));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      setPending(null);
      void clearAttendance(db, view.sitting.id, seat.membership.id);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onMove(event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  const chooseDeputy = (value: string) => {
    if (value === NEW_PERSON) setPending({ kind: 'newPerson' });
    else if (value) void save({ status: 'represented', deputyPersonId: value });
  };

  const standingNames = seat.standingDeputies.map((d) => view.personById.get(d.personId)).filter((p) => p !== undefined);
  const role = stored?.role ?? seat.membership.role;

  return (
    <li className="attendance-row" data-status={shown ?? 'none'} data-testid={`attendance-${name}`}>
      <div className="member-cell">
        <strong>{name}</strong>
        {role && <span className="badge role-badge">{role}</span>}
        <span className="muted block">{[person?.function, person?.organization].filter(Boolean).join(' · ')}</span>
        {standingNames.length > 0 && (
          <span className="muted block small">{t.standingDeputy(standingNames.map((p) => personWithFunction(p)).join('; '))}</span>
        )}
        {!seat.onRegister && <span className="notice-inline block small">{t.notOnRegister}</span>}
      </div>
      <div
        ref={groupRef}
        role="radiogroup"
        aria-label={t.groupLabel(name)}
        aria-describedby="attendance-keys"
        className="status-group"
        data-attendance-group
      >
        {attendanceStatuses.map((status) => (
          <label key={status} className={`status-option status-${status}`}>
            <input
              id={(shown ?? attendanceStatuses[0]) === status ? `attendance-status-${seat.membership.id}` : undefined}
              type="radio"
              name={`attendance-${seat.membership.id}`}
              value={status}
              checked={shown === status}
              aria-keyshortcuts={t.keys[status]}
              onChange={() => void chooseStatus(status)}
              onKeyDown={onKeyDown}
            />
            <span>{t.statuses[status]}</span>
            <kbd aria-hidden="true">{t.keys[status]}</kbd>
          </label>
        ))}
      </div>
      <div className="detail-cell">
        {(shown === 'excused' || shown === 'absent') && stored && (
          <ReasonField
            id={`attendance-reason-${seat.membership.id}`}
            saveKey={`attendance.${view.sitting.id}.${seat.membership.id}.reason`}
            label={t.reason(name)}
            placeholder={t.reasonPlaceholder}
            stored={stored.reason ?? ''}
            onSave={async (reason) => {
              if (!(await save({ reason }))) throw new Error(t.reason(name));
            }}
          />
        )}
        {shown === 'represented' && pending?.kind !== 'newPerson' && (
          <DeputySelect
            ref={deputyRef}
            label={t.deputy(name)}
            seat={seat}
            view={view}
            value={pending?.kind === 'confirm' ? (pending.change.deputyPersonId ?? '') : stored?.status === 'represented' ? (stored.deputyPersonId ?? '') : ''}
            onChange={chooseDeputy}
            onEscape={() => {
              setPending(null);
              focusOwnGroup();
            }}
          />
        )}
        {pending?.kind === 'chooseDeputy' && <p className="field-hint">{t.chooseDeputyFirst}</p>}
      </div>
      <div className="clear-cell">
        {stored && (
          <button
            type="button"
            className="button small icon-button"
            aria-label={t.clear(name)}
            title={t.clear(name)}
            onClick={() => {
              setPending(null);
              void clearAttendance(db, view.sitting.id, seat.membership.id);
            }}
          >
            ×
          </button>
        )}
      </div>
      {showTimes && (shown === 'present' || shown === 'represented') && stored && (
        <TimeInputs name={name} attendance={stored} onSave={(change) => void save(change)} />
      )}
      {pending?.kind === 'newPerson' && (
        <NewDeputyForm
          memberName={name}
          onSubmit={(newDeputy) => save({ status: 'represented' }, { newDeputy })}
          onCancel={() => {
            setPending(null);
            focusOwnGroup();
          }}
        />
      )}
      {pending?.kind === 'confirm' && (
        <ConfirmDoubleRole
          conflict={pending.conflict}
          change={pending.change}
          newDeputyName={pending.newDeputy ? personDisplayName(pending.newDeputy) : undefined}
          view={view}
          membershipId={seat.membership.id}
          onConfirm={async () => {
            const saved = await save(pending.change, { confirmed: true, ...(pending.newDeputy ? { newDeputy: pending.newDeputy } : {}) });
            if (saved) onMove(1);
          }}
          onCancel={() => {
            setPending(null);
            focusOwnGroup();
          }}
        />
      )}
      {error && (
        <p role="alert" className="error-text row-error">
          {error}
        </p>
      )}
    </li>
  );
}
