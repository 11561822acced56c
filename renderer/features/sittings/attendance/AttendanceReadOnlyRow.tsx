import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import type { RosterSeat } from '../../../../shared/sittings/sittingRoster';
import { useMessages } from '../../../app/i18n/useMessages';
import type { SittingView } from '../loadSittingView';

/** One member's attendance as recorded, without controls: the minutes of the sitting are approved. */
export function AttendanceReadOnlyRow({ seat, view }: { seat: RosterSeat; view: SittingView }) {
  const t = useMessages().sittings.attendance;
  const deputyCase = useMessages().letters.attendanceWords.deputyCase;
  const person = view.personById.get(seat.membership.personId);
  const name = person ? personDisplayName(person) : '?';
  const stored = seat.attendance;
  const deputy = stored?.deputyPersonId ? view.personById.get(stored.deputyPersonId) : undefined;
  const role = stored?.role ?? seat.membership.role;
  const times = [stored?.arrivedAt && `${t.arrivedShort} ${stored.arrivedAt}`, stored?.leftAt && `${t.leftShort} ${stored.leftAt}`].filter(Boolean);

  return (
    <li className="attendance-row read-only" data-status={stored?.status ?? 'none'} data-testid={`attendance-${name}`}>
      <div className="member-cell">
        <strong>{name}</strong>
        {role && <span className="badge role-badge">{role}</span>}
        <span className="muted block">{[person?.function, person?.organization].filter(Boolean).join(' · ')}</span>
      </div>
      <div className={`status-text status-${stored?.status ?? 'none'}`}>{stored ? t.statuses[stored.status] : t.notRecorded}</div>
      <div className="detail-cell">
        {deputy && t.representedBy(personWithFunction(deputy, deputyCase))}
        {stored?.reason && <span className="muted">{stored.reason}</span>}
        {times.length > 0 && <span className="muted block small">{times.join(' · ')}</span>}
      </div>
    </li>
  );
}
