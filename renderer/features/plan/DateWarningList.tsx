import type { DateWarning } from '../../../shared/plan/dateWarnings';
import type { FairnessResult } from '../../../shared/plan/fairness';
import { formatDateShort } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { holidayName } from '../../app/format/planNotes';
import { sittingTitleText } from '../../app/format/sittingTitle';

/** The warnings for a date (and, when given, an unfair distribution the change would cause). */
export function DateWarningList({
  warnings,
  fairness,
  hostName,
}: {
  warnings: readonly DateWarning[];
  fairness?: FairnessResult | undefined;
  hostName: (id: string | undefined) => string;
}) {
  const catalog = useMessages();
  const messages = catalog.plan;
  const t = messages.warnings;
  const language = useLanguage();
  const texts = warnings.map((w) => {
    switch (w.kind) {
      case 'weekend':
        return t.weekend;
      case 'holiday':
        return t.holiday(holidayName(w.name, catalog));
      case 'blocked':
        return t.blocked(w.label);
      case 'otherSitting':
        return t.otherSitting(formatDateShort(w.sitting.date, language), sittingTitleText(w.sitting, catalog));
      case 'sameMonth':
        return t.sameMonth(formatDateShort(w.sitting.date, language));
      case 'past':
        return t.past;
      case 'noticePeriod':
        return t.noticePeriod(w.daysLeft, w.noticePeriodDays);
    }
  });
  if (fairness?.warning) {
    const names = (ids: string[]) => messages.list(ids.map(hostName));
    texts.push(t.fairness(names(fairness.warning.most), names(fairness.warning.fewest), fairness.warning.gap));
  }
  return (
    <div aria-live="polite">
      {texts.length > 0 && (
        <div className="notice warn">
          <strong>{t.title}</strong>
          <ul className="warning-list">
            {texts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
