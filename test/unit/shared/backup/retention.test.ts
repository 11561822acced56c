import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, format, parseISO } from 'date-fns';
import { decideRetention } from '../../../../shared/backup/retention';
import { dailyBackupFileName } from '../../../../shared/backup/backupFileName';

const days = (from: string, count: number) => Array.from({ length: count }, (_, i) => format(addDays(parseISO(from), i), 'yyyy-MM-dd'));
const names = (dates: string[]) => dates.map(dailyBackupFileName);

describe('retention: 14 daily + 12 monthly', () => {
  it('a file dated in the future never takes the place of a real backup: nothing is removed because of it', () => {
    const real = names(days('2026-02-26', 14)); // 2026-02-26 … 2026-03-11, today 2026-03-11
    const future = names(days('2026-03-12', 400));
    const { keep, remove } = decideRetention([...real, ...future], '2026-03-11');
    expect(remove).toEqual([]);
    expect(new Set(keep)).toEqual(new Set(real));
  });

  it('after 400 daily backups keeps exactly the last 14 days and the last day of the 12 newest months', () => {
    const all = days('2025-02-01', 400); // up to 2026-03-07
    const { keep, remove } = decideRetention(names(all), '2026-03-07');
    const expectedDaily = days('2026-02-22', 14); // 2026-02-22 … 2026-03-07
    const expectedMonthly = [
      '2026-03-07', '2026-02-28', '2026-01-31', '2025-12-31', '2025-11-30', '2025-10-31',
      '2025-09-30', '2025-08-31', '2025-07-31', '2025-06-30', '2025-05-31', '2025-04-30',
    ];
    expect(new Set(keep)).toEqual(new Set(names([...expectedDaily, ...expectedMonthly])));
    expect(keep).toHaveLength(14 + 12 - 2); // 2026-02-28 and 2026-03-07 are both daily and monthly keeps
    expect(remove).toHaveLength(400 - keep.length);
    expect(keep).not.toContain(dailyBackupFileName('2025-03-31'));
    expect(keep).not.toContain(dailyBackupFileName('2026-02-21'));
  });

  it('with gaps (PC off for weeks) counts days that have a backup, not calendar days', () => {
    const dates = ['2026-01-05', '2026-01-20', '2026-02-02', ...days('2026-03-01', 13)];
    const { keep, remove } = decideRetention(names(dates), '2026-03-13');
    expect(new Set(keep)).toEqual(new Set(names(['2026-01-20', '2026-02-02', ...days('2026-03-01', 13)])));
    expect(remove).toEqual(names(['2026-01-05']));
  });

  it('keeps everything while there are few backups, and never touches other files', () => {
    const other = ['Konvent-Sicherung-2026-03-01-vor-Wiederherstellung-101500.konvent', 'notizen.txt', 'Konvent-Sicherung-2026-3-1.konvent', 'desktop.ini'];
    const { keep, remove } = decideRetention([...names(days('2026-03-01', 5)), ...other], '2026-03-05');
    expect(keep).toHaveLength(5);
    expect(remove).toEqual([]);
    for (const name of other) expect([...keep, ...remove]).not.toContain(name);
  });

  it('property: at most 26 kept; the 14 newest and each of the 12 newest months\' newest are kept; nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { maxLength: 200 }), (offsets) => {
        const dates = offsets.map((o) => format(addDays(parseISO('2020-01-01'), o), 'yyyy-MM-dd'));
        const { keep, remove } = decideRetention(names(dates), '2099-12-31');
        expect(keep.length + remove.length).toBe(dates.length);
        expect(keep.length).toBeLessThanOrEqual(26);
        const sorted = [...dates].sort().reverse();
        const months = [...new Set(sorted.map((d) => d.slice(0, 7)))].slice(0, 12);
        const expected = new Set([...sorted.slice(0, 14), ...months.map((m) => sorted.find((d) => d.startsWith(m)) as string)]);
        expect(new Set(keep)).toEqual(new Set(names([...expected])));
      }),
    );
  });
});
