import { useEffect, useRef } from 'react';
import { personDisplayName } from '../../../../shared/domain/person';
import type { DoubleRole } from '../../../../shared/sittings/attendanceRules';
import { useMessages } from '../../../app/i18n/useMessages';
import type { AttendanceChange } from '../../../db/repositories/attendanceRepository';
import type { SittingView } from '../loadSittingView';

/** Asks before a person gets a second voice: deputy for two members, or deputy and member at once. */
export function ConfirmDoubleRole({
  conflict,
  change,
  newDeputyName,
  view,
  membershipId,
  onConfirm,
  onCancel,
}: {
  conflict: DoubleRole;
  change: AttendanceChange;
  newDeputyName?: string | undefined;
  view: SittingView;
  membershipId: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}) {
  const t = useMessages().sittings.attendance;
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => yesRef.current?.focus(), []);

  const personName = (personId: string) => {
    const person = view.personById.get(personId);
    return person ? personDisplayName(person) : (newDeputyName ?? personId);
  };
  const memberName = (id: string) => {
    const seat = view.seats.find((s) => s.membership.id === id);
    return seat ? personName(seat.membership.personId) : id;
  };
  const who = personName(conflict.personId);
  const otherRepresented = conflict.represents.filter((id) => id !== membershipId).map(memberName);
  const lines: string[] = [];
  if (change.status === 'present' || (change.status === undefined && conflict.presentAs === membershipId)) {
    lines.push(t.confirmDeputyIsPresentMember(who, conflict.represents.map(memberName).join(', ')));
  } else {
    if (otherRepresented.length > 0) lines.push(t.confirmDoubleDeputy(who, otherRepresented.join(', ')));
    if (conflict.presentAs) lines.push(t.confirmPresentAndDeputy(who));
  }

  return (
    <div className="notice warn confirm-box" role="group" aria-labelledby={`confirm-${membershipId}`}>
      <p id={`confirm-${membershipId}`} role="alert">
        <strong>{t.confirmTitle}:</strong> {lines.join(' ')} {t.confirmQuestion}
      </p>
      <div className="toolbar">
        <button ref={yesRef} type="button" className="button primary small" onClick={() => void onConfirm()}>
          {t.confirmYes}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {t.confirmNo}
        </button>
      </div>
    </div>
  );
}
