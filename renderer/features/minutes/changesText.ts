import type { ApprovalChange } from '../../../shared/minutes/changesSinceApproval';
import type { Messages } from '../../app/i18n/catalog';

const SHOWN_LINES = 3;

/** "Anwesenheit (jetzt: …), TOP 3, Briefkopf": the parts that differ from the approved text, for the notice. */
export function changesText(changes: readonly ApprovalChange[], t: Messages['minutes']['changes']): string {
  return changes
    .map((change) => {
      switch (change.part) {
        case 'item':
          return t.item(change.position);
        case 'attendance': {
          if (change.lines.length === 0) return t.attendance;
          const shown = change.lines.slice(0, SHOWN_LINES);
          const more = change.lines.length - shown.length;
          return t.attendanceNow([...shown, ...(more > 0 ? [t.moreLines(more)] : [])].join('; '));
        }
        default:
          return t[change.part];
      }
    })
    .join(', ');
}
