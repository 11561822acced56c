import type { Person } from './person';
import { personWithFunction } from './person';
import type { Attendance } from './sitting';

/**
 * How the minutes and the sign-in sheet name a member's attendance:
 * "Landrat Sven Krüger, vertreten durch Erster Beigeordneter Dr. Lothar Beier".
 * The member is named with the function they held (persons keep their function text).
 */
export function attendanceLine(member: Person, attendance: Attendance | undefined, deputy: Person | undefined): string {
  const name = personWithFunction(member);
  if (!attendance) return name;
  switch (attendance.status) {
    case 'represented':
      return deputy ? `${name}, vertreten durch ${personWithFunction(deputy)}` : `${name}, vertreten`;
    case 'excused':
      return attendance.reason ? `${name} (entschuldigt: ${attendance.reason})` : `${name} (entschuldigt)`;
    case 'absent':
      return attendance.reason ? `${name} (abwesend: ${attendance.reason})` : `${name} (abwesend)`;
    case 'present':
      return name;
  }
}
