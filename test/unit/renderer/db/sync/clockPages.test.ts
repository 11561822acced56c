import { describe, expect, it } from 'vitest';
import { pageKey, PAGES_PER_TABLE, tablePageRange } from '../../../../../renderer/db/sync/clockPages';

describe('clock pages', () => {
  it('puts every row of a table on one of a fixed number of pages, the same on every call', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `01JS${String(i).padStart(22, '0')}`);
    const pages = new Set(ids.map((id) => pageKey('attendance', id)));
    expect(pages.size).toBe(PAGES_PER_TABLE);
    expect(ids.map((id) => pageKey('attendance', id))).toEqual(ids.map((id) => pageKey('attendance', id)));
  });

  it("keeps a table's pages inside its key range and out of every other table's", () => {
    const { lower, upper } = tablePageRange('persons');
    const inside = (key: string) => key >= lower && key <= upper;
    expect(inside(pageKey('persons', 'x'))).toBe(true);
    expect(inside(pageKey('persons2', 'x'))).toBe(false);
    expect(inside(pageKey('person', 'x'))).toBe(false);
    expect(inside(pageKey('personsZ', 'x'))).toBe(false);
  });
});
