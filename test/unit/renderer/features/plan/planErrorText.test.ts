import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../fixtures/catalogs';
import { planErrorText } from '../../../../../renderer/features/plan/planErrorText';
import { PlanConflictError } from '../../../../../shared/plan/planConflict';
import { hostSequence } from '../../../../../shared/plan/rotation';
import { planSchema } from '../../../../../shared/domain/plan';
import { resolveMessage } from '../../../../../renderer/app/i18n/resolveMessage';

const text = (error: unknown, language: 'de' | 'en') => planErrorText(error, catalogs[language], language);

describe('refused plan changes in the UI language', () => {
  it('words each conflict code with its parameters, in German and in English', () => {
    const past = new PlanConflictError({ code: 'pastDatesPlanned', dates: ['2026-01-14', '2026-02-11'] });
    expect(text(past, 'de')).toBe('Nicht gespeichert: Termine in der Vergangenheit werden nicht als „geplant“ angelegt: Mi., 14.01.2026 und Mi., 11.02.2026.');
    expect(text(past, 'en')).toBe('Not saved: Dates in the past are not created as "planned": Wed, 14/01/2026 and Wed, 11/02/2026.');
    expect(text(new PlanConflictError({ code: 'planExists', year: 2027 }), 'en')).toBe('Not saved: A schedule for 2027 already exists.');
    expect(text(new PlanConflictError({ code: 'changedElsewhere' }), 'de')).toMatch(/^Nicht gespeichert: Die Sitzung wurde inzwischen an anderer Stelle geändert/);
  });

  it('shared/plan throws codes, never German sentences', () => {
    const error = (() => {
      try {
        hostSequence(['a', 'b'], 'c', 2);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlanConflictError);
    expect(text(error, 'en')).toBe('Not saved: The first host must be in the rotation.');
    const issue = planSchema.shape.rotationOrder.safeParse(['01KAAAAAAAAAAAAAAAAAAAAAAA', '01KAAAAAAAAAAAAAAAAAAAAAAA']).error?.issues[0]?.message;
    expect(resolveMessage(catalogs.en, issue)).toBe('Each host may appear only once in the rotation');
  });

  it('a rule code from a repository (a row gone meanwhile) is worded too, never shown as the code', () => {
    expect(text(new Error('sittingGone'), 'en')).toBe('Not saved: This sitting no longer exists.');
    expect(text(new Error('sittingGone'), 'de')).toBe('Nicht gespeichert: Diese Sitzung gibt es nicht (mehr).');
  });
});
