import { germanPeriod, germanSpan, lastDayOf } from '../../../shared/domain/periodText';
import type { SittingDates } from '../../../shared/domain/validationCodes';
import type { ValidityPeriod } from '../../../shared/domain/validity';
import { formatDateNumeric } from '../format/dates';

/**
 * The words rule messages are built from (messages/validation.ts): dates, periods, the days two
 * periods share and lists of sittings, in German and in English. Periods are stored with an
 * exclusive end; the texts name the last day.
 */
export const germanWords = {
  date: (iso: string) => formatDateNumeric(iso, 'de'),
  /** "seit 28.04.2025" or "28.04.2025 – 30.09.2026" */
  period: (period: ValidityPeriod) => germanPeriod(period),
  /** "ab 01.10.2026", "am 01.10.2026" or "vom 01.09.2026 bis 30.09.2026" */
  span: (period: ValidityPeriod) => germanSpan(period),
  /** "der Sitzung vom 28.04.2025" / "der Sitzungen vom 28.04.2025, 12.05.2025 und 2 weiteren" */
  sittings: ({ dates, more }: SittingDates) => {
    const shown = dates.map((d) => formatDateNumeric(d, 'de'));
    if (shown.length === 0) return 'einer Sitzung';
    if (shown.length === 1 && more === 0) return `der Sitzung vom ${shown[0]}`;
    return `der Sitzungen vom ${more > 0 ? `${shown.join(', ')} und ${more} weiteren` : joinList(shown, 'und')}`;
  },
  list: (parts: readonly string[]) => joinList(parts, 'und'),
  unknownPerson: 'einer unbekannten Person',
};

export const englishWords: typeof germanWords = {
  date: (iso) => formatDateNumeric(iso, 'en'),
  period: (period) =>
    period.validTo
      ? `${formatDateNumeric(period.validFrom, 'en')} – ${formatDateNumeric(lastDayOf(period.validTo), 'en')}`
      : `since ${formatDateNumeric(period.validFrom, 'en')}`,
  span: (period) => {
    if (!period.validTo) return `from ${formatDateNumeric(period.validFrom, 'en')}`;
    const last = lastDayOf(period.validTo);
    return last === period.validFrom
      ? `on ${formatDateNumeric(last, 'en')}`
      : `from ${formatDateNumeric(period.validFrom, 'en')} to ${formatDateNumeric(last, 'en')}`;
  },
  sittings: ({ dates, more }) => {
    const shown = dates.map((d) => formatDateNumeric(d, 'en'));
    if (shown.length === 0) return 'a sitting';
    if (shown.length === 1 && more === 0) return `the sitting of ${shown[0]}`;
    return `the sittings of ${more > 0 ? `${shown.join(', ')} and ${more} more` : joinList(shown, 'and')}`;
  },
  list: (parts) => joinList(parts, 'and'),
  unknownPerson: 'an unknown person',
};

/** "A", "A und B", "A, B und C" */
function joinList(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}
