import { describe, expect, it } from 'vitest';
import { format, parseISO } from 'date-fns';
import { de, enGB } from 'date-fns/locale';
import { formatDateShort } from '../../../../../renderer/app/format/dates';

const dateFns = (iso: string, language: 'de' | 'en') =>
  format(parseISO(iso), language === 'de' ? 'EEE, dd.MM.yyyy' : 'EEE, dd/MM/yyyy', { locale: language === 'de' ? de : enGB });

describe('formatDateShort', () => {
  it('writes "Mi., 11.03.2026"', () => {
    expect(formatDateShort('2026-03-11')).toBe('Mi., 11.03.2026');
    expect(formatDateShort('2026-03-11', 'en')).toBe('Wed, 11/03/2026');
  });

  it('gives date-fns\' text for every day of fifteen years, a leap day, impossible dates and instants', () => {
    const days: string[] = [];
    for (let time = Date.UTC(2015, 0, 1); time <= Date.UTC(2030, 11, 31); time += 86_400_000) days.push(new Date(time).toISOString().slice(0, 10));
    days.push('2024-02-29', '2025-02-29', '2026-13-01', '2026-03-11T10:00:00Z', '0099-05-05', '1000-01-01', '9999-12-31');
    for (const language of ['de', 'en'] as const) {
      for (const day of days) {
        let expected: string;
        try {
          expected = dateFns(day, language);
        } catch (error) {
          expect(() => formatDateShort(day, language)).toThrow((error as Error).constructor as ErrorConstructor);
          continue;
        }
        expect(formatDateShort(day, language), day).toBe(expected);
      }
    }
  });
});
