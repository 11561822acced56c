import { lastDayOf } from '../../../shared/domain/periodText';
import type { ValidityPeriod } from '../../../shared/domain/validity';
import { isValidOn } from '../../../shared/domain/validity';
import type { Messages } from '../../app/i18n/catalog';

/** "seit 28.04.2025" or "28.04.2025 – 30.09.2026" (in the UI language): the stored exclusive end shown as the last day. */
export function periodLabel(t: Messages['members'], period: ValidityPeriod): string {
  return period.validTo
    ? t.period.range(t.period.date(period.validFrom), t.period.date(lastDayOf(period.validTo)))
    : t.period.since(t.period.date(period.validFrom));
}

export type PeriodState = 'current' | 'former' | 'future';

export function periodState(period: ValidityPeriod, date: string): PeriodState {
  if (isValidOn(period, date)) return 'current';
  return period.validFrom > date ? 'future' : 'former';
}
