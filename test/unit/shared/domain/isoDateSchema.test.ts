import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../../../shared/domain/primitives';
import { sittingSchema } from '../../../../shared/domain/sitting';
import { catalogs } from '../../../fixtures/catalogs';
import { resolveMessage } from '../../../../renderer/app/i18n/resolveMessage';

const message = (value: string) => {
  const result = isoDateSchema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((i) => resolveMessage(catalogs.de, i.message)).join(' · ');
};

/** Issue 19, point 7: every date field accepts only plausible dates, with a German message. */
describe('plausible dates only', () => {
  it('accepts 1990 to 2100', () => {
    for (const value of ['1990-01-01', '2026-03-11', '2100-12-31', '2028-02-29']) expect(message(value)).toBeUndefined();
  });
  it('refuses year 100, 1899, 0099 (never mapped to 1999) and 2101 with a German message', () => {
    expect(message('0100-01-01')).toBe('Bitte ein Datum zwischen 1990 und 2100 angeben');
    expect(message('1899-12-31')).toBe('Bitte ein Datum zwischen 1990 und 2100 angeben');
    expect(message('0099-01-01')).toBe('Bitte ein Datum zwischen 1990 und 2100 angeben');
    expect(message('2101-01-01')).toBe('Bitte ein Datum zwischen 1990 und 2100 angeben');
    expect(message('2026-02-29')).toBe('Dieses Datum gibt es nicht');
  });
  it('a sitting on 01.01.0100 cannot be written', () => {
    const sitting = { id: '01JV0000000000000000000NXT', updatedAt: '2026-01-01T00:00:00.000Z', body: 'extended', title: '', date: '0100-01-01', start: '10:00', end: '12:00', venue: 'Zwickau', status: 'planned', calendarSequence: 0 };
    expect(sittingSchema.safeParse(sitting).success).toBe(false);
    expect(sittingSchema.safeParse({ ...sitting, date: '2026-01-14' }).success).toBe(true);
  });
});
