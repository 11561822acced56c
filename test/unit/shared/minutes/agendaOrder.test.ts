import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveBy, moveTo, renumber, titlesFromTemplate } from '../../../../shared/minutes/agendaOrder';
import { defaultAgendaTemplate } from '../../../../shared/domain/settings';

const items = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, position: i + 1 }));
const apply = (list: typeof items, changes: { id: string; position: number }[]) =>
  list
    .map((item) => ({ ...item, position: changes.find((c) => c.id === item.id)?.position ?? item.position }))
    .sort((x, y) => x.position - y.position)
    .map((item) => item.id)
    .join('');

describe('agenda order', () => {
  it('moves one step up or down and writes only the two changed positions', () => {
    expect(moveBy(items, 'c', -1)).toEqual([
      { id: 'c', position: 2 },
      { id: 'b', position: 3 },
    ]);
    expect(apply(items, moveBy(items, 'a', 1))).toBe('bacd');
    expect(moveBy(items, 'a', -1)).toEqual([]);
    expect(moveBy(items, 'd', 1)).toEqual([]);
  });

  it('moves by drag and drop to any place', () => {
    expect(apply(items, moveTo(items, 'a', 3))).toBe('bcda');
    expect(apply(items, moveTo(items, 'd', 0))).toBe('dabc');
  });

  it('keeps positions 1…n without gaps after any move', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -2, max: 6 }), (from, to) => {
        const id = items[from]!.id;
        const changes = moveTo(items, id, to);
        const positions = items.map((item) => changes.find((c) => c.id === item.id)?.position ?? item.position).sort();
        expect(positions).toEqual([1, 2, 3, 4]);
      }),
    );
  });

  it('closes gaps after a deletion', () => {
    expect(renumber([{ id: 'a', position: 1 }, { id: 'c', position: 3 }])).toEqual([{ id: 'c', position: 2 }]);
  });

  it('adds the template titles that are not on the agenda yet', () => {
    expect(titlesFromTemplate(defaultAgendaTemplate, [])).toEqual(defaultAgendaTemplate);
    expect(titlesFromTemplate(defaultAgendaTemplate, [' projektzeitplan ', 'Sonstiges'])).not.toContain('Projektzeitplan');
    expect(titlesFromTemplate(defaultAgendaTemplate, defaultAgendaTemplate)).toEqual([]);
  });
});
