import { describe, expect, it } from 'vitest';
import roster from '../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../shared/demo/rosterToRows';
import { placeInRotation } from '../../../../shared/domain/territoryRotation';
import { NOW } from '../support/memberRows';

const territories = rosterToRows(rosterSchema.parse(roster), NOW).territories;
const order = (list: typeof territories) => [...list].sort((a, b) => a.rotationIndex - b.rotationIndex).map((t) => t.key);

describe('place in the host rotation', () => {
  it('moves a territory to a new place and shifts the others, keeping each place once', () => {
    const chemnitz = territories.find((t) => t.key === 'C')!;
    const changed = placeInRotation(territories, chemnitz.id, 0);
    const merged = territories.map((t) => changed.find((c) => c.id === t.id) ?? t);
    expect(order(merged)).toEqual(['C', 'Z', 'MS', 'ERZ', 'V']);
    expect(changed).toHaveLength(5);
  });

  it('changes nothing when the place stays', () => {
    expect(placeInRotation(territories, territories[2]!.id, 2)).toEqual([]);
  });
});
