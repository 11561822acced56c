import { useMessages } from '../../app/i18n/useMessages';
import { href } from '../../app/router';
import type { MinutesMemberLine } from '../../../shared/minutes/minutesDocument';
import { fieldIds } from './minutesLinks';
import type { SittingMinutes } from './useSittingMinutes';

/** Attendance as recorded in the sitting (never typed twice): who was there, represented, absent. */
export function MinutesAttendancePanel({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes.attendance;
  const { attendance } = data.document;
  const groups: { label: string; members: MinutesMemberLine[] }[] = [
    { label: t.present, members: attendance.members.filter((m) => m.status === 'present' || m.status === 'represented') },
    { label: t.absent, members: attendance.members.filter((m) => m.status === 'excused' || m.status === 'absent') },
    { label: t.unrecorded, members: attendance.members.filter((m) => m.status === 'unrecorded') },
  ];
  return (
    <div className="panel mn-attendance-panel">
      <div className="mn-panel-head">
        <h2>{t.heading}</h2>
        <a className="button small" href={href(`/sittings/${data.sitting.id}`)}>
          {data.locked ? t.view : t.edit}
        </a>
      </div>
      <p className="muted">{t.fromSitting}</p>
      <p>
        <strong>{t.summary(attendance.presentCount, attendance.memberCount, attendance.representedCount)}</strong>
      </p>
      <div className="mn-attendance-groups">
        {groups
          .filter((group) => group.members.length > 0)
          .map((group) => (
            <div key={group.label}>
              <h3>{group.label}</h3>
              <ul className="plain-list">
                {group.members.map((member) => (
                  // The line is the minutes document's own text (its language, shared/minutes): data-document-text.
                  <li key={member.membershipId} id={fieldIds.attendance(member.membershipId)} tabIndex={-1} data-document-text="">
                    {member.line}
                    {member.organization && <span className="muted"> · {member.organization}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        <div>
          <h3>{t.guests}</h3>
          {attendance.guests.length === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <ul className="plain-list">
              {attendance.guests.map((guest, index) => (
                <li key={index}>{[guest.name, guest.function, guest.organization].filter(Boolean).join(', ')}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
