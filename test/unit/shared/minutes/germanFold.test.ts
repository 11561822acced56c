import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, foldWithOrigin, originOf, type FoldForm } from '../../../../shared/minutes/germanFold';

const germanish = fc.string({ unit: fc.constantFrom(...'aAoOuUeEsS ßẞäÄöÖüÜéÉ\u0308İ·-1x'.split('')), maxLength: 30 });

describe('German folding', () => {
  it('folds plainly and with umlauts written out', () => {
    expect(foldText('Förderung der Straße', 'plain')).toBe('forderung der strasse');
    expect(foldText('Fachkräfte, MÜLLER, Öl', 'spelled')).toBe('fachkraefte, mueller, oel');
    expect(foldText('Fa\u0308hre', 'spelled')).toBe('faehre');
    expect(foldText('Fa\u0308hre', 'plain')).toBe('fahre');
  });

  it('the fast fold, the fold with positions and the position lookup agree on any text', () => {
    fc.assert(
      fc.property(germanish, fc.constantFrom<FoldForm>('plain', 'spelled'), (text, form) => {
        const withOrigin = foldWithOrigin(text, form);
        expect(withOrigin.text).toBe(foldText(text, form));
        expect(withOrigin.origin).toHaveLength(withOrigin.text.length);
        withOrigin.origin.forEach((origin, index) => expect(originOf(text, index, form)).toBe(origin));
      }),
      { numRuns: 1000 },
    );
  });
});
