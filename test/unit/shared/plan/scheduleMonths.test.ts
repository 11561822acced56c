import { describe, expect, it } from 'vitest';
import { ordinals, weekdays, holidayPolicies } from '../../../../shared/domain/plan';
import { scheduleMonths } from '../../../../shared/plan/scheduleMonths';
import { isWeekend, monthOf } from '../../../../shared/dates/isoDates';
import { officialSaxonHolidays } from './officialSaxonHolidays';
import { monthSlotNote } from '../../../../renderer/features/plan/monthSlotNote';
import { catalogs } from '../../../fixtures/catalogs';
import type { MonthSlot } from '../../../../shared/plan/scheduleMonths';

/** The slot carries its reason as data; the UI words it (here in German, as the plan shows it). */
const note = (slot: MonthSlot | undefined, language: 'de' | 'en' = 'de') => monthSlotNote(slot!, catalogs[language], language);

const base = { skipMonths: [], blockedPeriods: [] };

describe('dates from the rule', () => {
  it('finds the n-th and the last weekday of each month', () => {
    const second = scheduleMonths({ ...base, year: 2026, rule: { weekday: 3, ordinal: 2 }, holidayPolicy: 'nextWorkingDay' });
    expect(second[2]).toMatchObject({ kind: 'regular', date: '2026-03-11' });
    const lastMonday = scheduleMonths({ ...base, year: 2026, rule: { weekday: 1, ordinal: -1 }, holidayPolicy: 'nextWorkingDay' });
    expect(lastMonday[0]).toMatchObject({ kind: 'regular', date: '2026-01-26' });
    expect(lastMonday[7]).toMatchObject({ kind: 'regular', date: '2026-08-31' });
  });

  it('leaves out the months without a sitting and says so', () => {
    const slots = scheduleMonths({ ...base, skipMonths: [8], year: 2026, rule: { weekday: 3, ordinal: 2 }, holidayPolicy: 'nextWorkingDay' });
    expect(slots).toHaveLength(12);
    expect(slots[7]).toEqual({ month: 8, kind: 'skipped' });
    expect(note(slots[7])).toBe('Keine Sitzung im August');
    expect(note(slots[7], 'en')).toBe('No sitting in August');
  });

  it('over 2025–2030 no sitting falls on a Saxon public holiday or a weekend, for every rule and policy', () => {
    for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) {
      const holidays = new Set(officialSaxonHolidays[year]);
      for (const weekday of weekdays)
        for (const ordinal of ordinals)
          for (const holidayPolicy of holidayPolicies) {
            const slots = scheduleMonths({ ...base, year, rule: { weekday, ordinal }, holidayPolicy });
            for (const slot of slots) {
              if (slot.kind !== 'regular' && slot.kind !== 'moved') continue;
              expect(isWeekend(slot.date), `${slot.date} weekend`).toBe(false);
              expect(holidays.has(slot.date), `${slot.date} holiday`).toBe(false);
              expect(monthOf(slot.date)).toBe(slot.month);
            }
          }
    }
  });

  it('moves Buß- und Bettag 2025 to the next working day and says why', () => {
    const slots = scheduleMonths({ ...base, year: 2025, rule: { weekday: 3, ordinal: 3 }, holidayPolicy: 'nextWorkingDay' });
    expect(slots[10]).toMatchObject({ kind: 'moved', ruleDate: '2025-11-19', date: '2025-11-20' });
    expect(slots[10]).toMatchObject({ reason: { code: 'scheduleMoved', ruleDate: '2025-11-19', date: '2025-11-20', obstacle: { kind: 'holiday', name: 'Buß- und Bettag' }, policy: 'nextWorkingDay', earlier: false } });
    expect(note(slots[10])).toEqual('Verschoben vom Mi., 19.11.2025 (Feiertag: Buß- und Bettag) auf Do., 20.11.2025 (nächster freier Werktag)');
    expect(note(slots[10], 'en')).toEqual('Moved from Wed, 19/11/2025 (public holiday: Day of Repentance and Prayer) to Thu, 20/11/2025 (next free working day)');
  });

  it('moves Buß- und Bettag 2026 a week later with the other policy', () => {
    const slots = scheduleMonths({ ...base, year: 2026, rule: { weekday: 3, ordinal: 3 }, holidayPolicy: 'weekLaterSameMonth' });
    expect(slots[10]).toMatchObject({ kind: 'moved', ruleDate: '2026-11-18', date: '2026-11-25' });
    expect(note(slots[10])).toEqual(expect.stringContaining('gleicher Wochentag, eine Woche später'));
  });

  it('keeps a sitting in its month: Reformationstag on the last Friday moves to the day before', () => {
    const next = scheduleMonths({ ...base, year: 2025, rule: { weekday: 5, ordinal: -1 }, holidayPolicy: 'nextWorkingDay' });
    expect(next[9]).toMatchObject({ kind: 'moved', ruleDate: '2025-10-31', date: '2025-10-30' });
    expect(note(next[9])).toEqual(expect.stringContaining('Vorgezogen'));
    const week = scheduleMonths({ ...base, year: 2025, rule: { weekday: 5, ordinal: -1 }, holidayPolicy: 'weekLaterSameMonth' });
    expect(week[9]).toMatchObject({ kind: 'moved', date: '2025-10-24' });
  });

  it('moves out of a blocked period, and gives up on a month that is blocked entirely', () => {
    const blockedPeriods = [
      { label: 'Herbstferien 2026', from: '2026-10-12', to: '2026-10-24' },
      { label: 'Betriebsruhe', from: '2026-12-01', to: '2026-12-31' },
    ];
    const slots = scheduleMonths({ ...base, blockedPeriods, year: 2026, rule: { weekday: 3, ordinal: 2 }, holidayPolicy: 'weekLaterSameMonth' });
    expect(slots[9]).toMatchObject({ kind: 'moved', ruleDate: '2026-10-14', date: '2026-10-28' });
    expect(note(slots[9])).toEqual(expect.stringContaining('Sperrzeit: Herbstferien 2026'));
    expect(slots[11]).toMatchObject({ kind: 'noDate', ruleDate: '2026-12-09' });
    expect(note(slots[11])).toEqual(expect.stringContaining('kein freier Ersatztermin im Dezember'));
  });
});
