import { describe, expect, it } from 'vitest';
import roster from '../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../shared/demo/rosterToRows';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { fullRegisterFilter, personMatchesSearch, registerAsOf } from '../../../../shared/register/registerView';
import { NOW } from '../support/memberRows';

const rows = rosterToRows(rosterSchema.parse(roster), NOW);
const names = (groups: ReturnType<typeof registerAsOf>) => groups.flatMap((g) => g.entries.map((e) => personDisplayName(e.person)));

describe('the register as of a date (demo data)', () => {
  it('groups the 18 members: 5 territories in rotation order, 10 personalities, 3 permanent members', () => {
    const groups = registerAsOf(rows, '2025-09-01');
    expect(groups.map((g) => [g.category, g.entries.length])).toEqual([
      ['head', 5],
      ['personality', 10],
      ['permanent', 3],
    ]);
    expect(groups[0]!.entries.map((e) => e.territory?.key)).toEqual(['Z', 'MS', 'ERZ', 'V', 'C']);
    expect(groups[2]!.entries.map((e) => e.person.lastName)).toEqual(['Jankowsky', 'Lißke', 'Schmidt']);
  });

  it('shows standing deputies and the spokesperson of the day', () => {
    const heads = registerAsOf(rows, '2025-09-01')[0]!.entries;
    const ms = heads.find((e) => e.territory?.key === 'MS')!;
    expect(ms.deputies.map((d) => personWithFunction(d.person))).toEqual(['Erster Beigeordneter Dr. Lothar Beier']);
    expect(heads.filter((e) => e.spokesperson).map((e) => e.person.lastName)).toEqual(['Michaelis']);
  });

  it('is empty before the members started', () => {
    expect(names(registerAsOf(rows, '2025-04-27'))).toEqual([]);
  });

  it('filters by body, category and territory', () => {
    expect(registerAsOf(rows, '2025-09-01', { ...fullRegisterFilter, body: 'core' }).flatMap((g) => g.entries)).toHaveLength(5);
    const personalities = registerAsOf(rows, '2025-09-01', { ...fullRegisterFilter, category: 'personality' });
    expect(personalities.map((g) => g.category)).toEqual(['personality']);
    const ms = rows.territories.find((t) => t.key === 'MS')!;
    expect(names(registerAsOf(rows, '2025-09-01', { ...fullRegisterFilter, territoryId: ms.id }))).toEqual(['Sven Krüger', 'Kerstin Kunze']);
  });

  it('searches name and organization, ignoring case, umlauts and ß', () => {
    const search = (text: string) => names(registerAsOf(rows, '2025-09-01', { ...fullRegisterFilter, search: text }));
    expect(search('krüger')).toEqual(['Sven Krüger']);
    expect(search('kruger')).toEqual(['Sven Krüger']);
    expect(search('PASSLER')).toEqual(['Marion Päßler']);
    expect(search('ihk')).toEqual(['Jens Hertwig', 'Max Jankowsky']);
    expect(search('dr. dix')).toEqual(['Prof. Dr. Martin Dix']);
    expect(search('niemand')).toEqual([]);
    expect(personMatchesSearch(rows.persons[0]!, '   ')).toBe(true);
  });
});
