import { describe, expect, it } from 'vitest';
import { deputyProblem, moveDeputy, nextDeputyPosition } from '../../../../shared/domain/deputyRules';
import { deputy, membership, person } from '../support/memberRows';
import { english, german } from '../support/ruleText';

const krueger = person('Sven Krüger');
const beier = person('Lothar Beier');
const other = person('Erika Zweite');
const seat = membership('krueger', krueger, 'MS', '2025-04-28', '2026-10-01');
const nameOf = (id: string) => (id === beier.id ? 'Dr. Lothar Beier' : id);

describe('standing deputy rules', () => {
  it('accepts a deputy within the membership', () => {
    expect(deputyProblem({ id: 'x', personId: beier.id, validFrom: '2025-04-28' }, seat, [], nameOf)).toBeUndefined();
  });

  it('refuses the member as their own deputy, a start before or after the membership, and the same person twice', () => {
    expect(deputyProblem({ id: 'x', personId: krueger.id, validFrom: '2025-05-01' }, seat, [], nameOf)?.field).toBe('personId');
    expect(german(deputyProblem({ id: 'x', personId: beier.id, validFrom: '2025-01-01' }, seat, [], nameOf)?.message)).toBe(
      'Die Vertretung kann frühestens mit der Mitgliedschaft beginnen (28.04.2025).',
    );
    expect(german(deputyProblem({ id: 'x', personId: beier.id, validFrom: '2026-10-01' }, seat, [], nameOf)?.message)).toBe(
      'Die Mitgliedschaft endet am 30.09.2026; die Vertretung muss davor beginnen.',
    );
    const existing = deputy('beier', seat, beier, 1, '2025-04-28');
    expect(german(deputyProblem({ id: 'x', personId: beier.id, validFrom: '2025-06-01' }, seat, [existing], nameOf)?.message)).toBe(
      'Dr. Lothar Beier ist in diesem Zeitraum bereits ständige Vertretung dieses Mitglieds (seit 28.04.2025).',
    );
    expect(english(deputyProblem({ id: 'x', personId: beier.id, validFrom: '2025-06-01' }, seat, [existing], nameOf)?.message)).toBe(
      'Dr. Lothar Beier is already a standing deputy of this member in this period (since 28/04/2025).',
    );
    expect(english(deputyProblem({ id: 'x', personId: beier.id, validFrom: '2026-10-01' }, seat, [], nameOf)?.message)).toBe(
      'The membership ends on 30/09/2026; the deputy must start before then.',
    );
    expect(english(deputyProblem({ id: 'x', personId: krueger.id, validFrom: '2025-05-01' }, seat, [], nameOf)?.message)).toBe(
      'A member cannot be their own standing deputy.',
    );
    expect(german(deputyProblem({ id: 'x', personId: krueger.id, validFrom: '2025-05-01' }, seat, [], nameOf)?.message)).toBe(
      'Ein Mitglied kann nicht seine eigene ständige Vertretung sein.',
    );
    expect(deputyProblem({ ...existing }, seat, [existing], nameOf)).toBeUndefined(); // editing itself
  });

  it('orders deputies: next position, and moving swaps neighbours', () => {
    const a = deputy('a', seat, beier, 1, '2025-04-28');
    const b = deputy('b', seat, other, 2, '2025-04-28');
    expect(nextDeputyPosition([a, b])).toBe(3);
    expect(nextDeputyPosition([])).toBe(1);
    expect(moveDeputy([a, b], b.id, 'up').map((d) => [d.id, d.position])).toEqual([
      [b.id, 1],
      [a.id, 2],
    ]);
    expect(moveDeputy([a, b], a.id, 'up')).toEqual([]);
    expect(moveDeputy([a, b], b.id, 'down')).toEqual([]);
  });
});
