import type { Language } from '../../../shared/domain/settings';
import type { YearPlanRow } from '../../../shared/plan/buildYearPlan';
import { formatDateShort } from '../../app/format/dates';
import { obstacleText, planReasonText } from '../../app/format/planNotes';
import type { Messages } from '../../app/i18n/catalog';
import { monthName } from './planFormat';

/** What the preview says about a month that is not on the rule's day ('' for a regular month). */
export function monthSlotNote(row: YearPlanRow, messages: Messages, language: Language): string {
  const t = messages.plan.reasons;
  switch (row.kind) {
    case 'regular':
      return '';
    case 'skipped':
      return t.skipped(monthName(row.month, language));
    case 'noDate':
      return t.noDate(formatDateShort(row.ruleDate, language), obstacleText(row.obstacle, messages), monthName(row.month, language));
    case 'moved':
      return planReasonText(row.reason, row, { messages, language, hostName: () => '' });
  }
}
