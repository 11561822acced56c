import { describe, expect, it } from 'vitest';
import { generateDataset, TEN_YEARS, TINY } from '../../bench/dataset/generateTenYears';
import { domainTableSchemas, type DomainTableName } from '../../../shared/domain/tables';

describe('benchmark dataset generator', () => {
  it('is deterministic and every row passes the shared schemas (tiny size)', () => {
    const a = generateDataset(TINY);
    const b = generateDataset(TINY);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const [table, rows] of Object.entries(a)) {
      for (const row of rows) domainTableSchemas[table as DomainTableName].parse(row);
    }
    expect(a.sittings).toHaveLength(12);
  });

  it('has the ten-year shape the benchmarks promise', () => {
    const data = generateDataset(TEN_YEARS);
    expect(data.sittings).toHaveLength(120);
    expect(data.persons.length).toBeGreaterThanOrEqual(50);
    expect(data.persons.length).toBeLessThanOrEqual(80);
    expect(data.agendaItems).toHaveLength(119 * 8 + 20);
    expect(data.actionItems.length).toBeGreaterThan(850);
    expect(data.actionItems.length).toBeLessThan(1150);
    const sizes = data.agendaItems.map((i) => new TextEncoder().encode(i.notes).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1024);
    expect(Math.max(...sizes)).toBeLessThan(3300);
    // Full attendance: every member valid on the date has a row.
    expect(data.attendance.length).toBeGreaterThanOrEqual(120 * 18);
  });
});
