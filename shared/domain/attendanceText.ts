import type { Person } from './person';
import { personWithFunction } from './person';
import type { Attendance } from './sitting';

/** The words of an attendance line, from the language catalog (the document's language). */
export interface AttendanceWords {
  /** "vertreten durch" / "represented by": followed by the deputy in the accusative. */
  representedBy: string;
  /** "vertreten" / "represented": a deputy was not named. */
  represented: string;
  excused: string;
  absent: string;
  /** German declines the deputy's function after "durch"; English keeps the title as it is. */
  deputyCase: 'accusative' | 'nominative';
}

/** The German words (the default where a caller passes none). */
export const germanAttendanceWords: AttendanceWords = {
  representedBy: 'vertreten durch',
  represented: 'vertreten',
  excused: 'entschuldigt',
  absent: 'abwesend',
  deputyCase: 'accusative',
};

/**
 * How the minutes and the sign-in sheet name a member's attendance:
 * "Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier" ("durch" takes the
 * accusative, shared/domain/functionCase.ts; long functions follow the name after a comma).
 * The member is named with the function they held (persons keep their function text).
 */
export function attendanceLine(
  member: Person,
  attendance: Attendance | undefined,
  deputy: Person | undefined,
  words: AttendanceWords = germanAttendanceWords,
): string {
  const name = personWithFunction(member);
  if (!attendance) return name;
  // A member named with a long function ("Jens Hertwig, Präsident der …") gets a comma before the
  // attendance too; the parenthesis keeps the line readable.
  switch (attendance.status) {
    case 'represented':
      return deputy ? `${name}, ${words.representedBy} ${personWithFunction(deputy, words.deputyCase)}` : `${name}, ${words.represented}`;
    case 'excused':
      return attendance.reason ? `${name} (${words.excused}: ${attendance.reason})` : `${name} (${words.excused})`;
    case 'absent':
      return attendance.reason ? `${name} (${words.absent}: ${attendance.reason})` : `${name} (${words.absent})`;
    case 'present':
      return name;
  }
}
