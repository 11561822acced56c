import type { Attendance } from '../../../../shared/domain/sitting';
import { useMessages } from '../../../app/i18n/useMessages';
import type { AttendanceChange } from '../../../db/repositories/attendanceRepository';
import { TimeInputField } from '../../../app/components/dateFields/TimeInputField';

/** Optional arrival and departure times; saved when the field is left. */
export function TimeInputs({ name, attendance, onSave }: { name: string; attendance: Attendance; onSave: (change: AttendanceChange) => void }) {
  const t = useMessages().sittings.attendance;
  const field = (key: 'arrivedAt' | 'leftAt', label: string, short: string) => (
    <span className="time-field">
      <span aria-hidden="true">{short}</span>
      <TimeInputField
        key={`${key}-${attendance[key] ?? ''}`}
        aria-label={label}
        defaultValue={attendance[key] ?? ''}
        onBlur={(e) => {
          const value = e.target.value;
          if (value !== (attendance[key] ?? '')) onSave({ [key]: value || undefined });
        }}
      />
    </span>
  );
  return (
    <div className="times-cell">
      {field('arrivedAt', t.arrivedAt(name), t.arrivedShort)}
      {field('leftAt', t.leftAt(name), t.leftShort)}
    </div>
  );
}
