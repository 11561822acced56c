import { describe, expect, it } from 'vitest';
import { planSpokespersonTerm, roleHolderAsOf } from '../../../../shared/domain/spokespersonTerms';
import { person, spokespersonTerm } from '../support/memberRows';
import { english, german } from '../support/ruleText';

const michaelis = person('Carsten Michaelis');
const anton = person('Rico Anton');
const nameOf = (id: string) => (id === michaelis.id ? 'Carsten Michaelis' : 'Rico Anton');

describe('spokesperson terms', () => {
  it('ends the running term when the next spokesperson starts (rotation)', () => {
    const current = spokespersonTerm('m', michaelis, '2025-01-01');
    const next = spokespersonTerm('a', anton, '2026-01-01');
    const plan = planSpokespersonTerm([current], next, nameOf);
    expect(plan).toEqual({ ok: true, put: [next, { ...current, validTo: '2026-01-01' }] });
    if (!plan.ok) return;
    expect(roleHolderAsOf(plan.put, 'spokesperson', '2025-12-31')?.personId).toBe(michaelis.id);
    expect(roleHolderAsOf(plan.put, 'spokesperson', '2026-01-01')?.personId).toBe(anton.id);
  });

  it('refuses a term overlapping a closed or later term, naming it', () => {
    const closed = spokespersonTerm('m', michaelis, '2025-01-01', '2026-01-01');
    const plan = planSpokespersonTerm([closed], spokespersonTerm('a', anton, '2025-07-01', '2026-07-01'), nameOf);
    expect(plan).toMatchObject({ ok: false, field: 'validFrom' });
    expect(german(!plan.ok && plan.message)).toBe(
      'Überschneidung mit der Amtszeit von Carsten Michaelis (01.01.2025 – 31.12.2025): vom 01.07.2025 bis 31.12.2025. ' +
        'Es gibt zu jeder Zeit nur eine Sprecherin oder einen Sprecher.',
    );
    expect(english(!plan.ok && plan.message)).toBe(
      'Overlaps with the term of Carsten Michaelis (01/01/2025 – 31/12/2025): from 01/07/2025 to 31/12/2025. ' +
        'There is only one spokesperson at any time.',
    );
    const later = spokespersonTerm('later', michaelis, '2027-01-01');
    expect(planSpokespersonTerm([later], spokespersonTerm('a', anton, '2026-01-01'), nameOf).ok).toBe(false);
  });
});

describe('editing a spokesperson term', () => {
  it('never shortens the running term silently: an edited term overlapping it is refused', () => {
    const running = spokespersonTerm('m', michaelis, '2025-01-01');
    const edited = spokespersonTerm('a', anton, '2026-01-01');
    expect(planSpokespersonTerm([running, edited], edited, nameOf, { endRunningTerm: false })).toMatchObject({ ok: false, field: 'validFrom' });
  });
});
