import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import '../../../../renderer/app/zodWithoutEval';
import { domainTableSchemas } from '../../../../shared/domain/tables';
import { planFormSchema } from '../../../../renderer/features/plan/planFormSchema';
import { catalogs } from '../../../fixtures/catalogs';
import { resolveMessage } from '../../../../renderer/app/i18n/resolveMessage';
import { validationCodes } from '../../../../shared/domain/validationCodes';

/**
 * Issue 13.5 / 15.2: every validation message a user can see is a code with a text in the UI language
 * that says what to do, never a zod or JavaScript default. Sweeps every row schema and form schema with
 * empty, wrong-type and out-of-range input for each field.
 */
const DEFAULT_TEXT = /invalid input|invalid|expected|received|too big|too small|\bnan\b|undefined|\bnull\b|\[object|unrecognized|<=|>=/i;

const badValues: unknown[] = [undefined, '', '   ', null, 12345, -1, 1e9, Number.NaN, 2.5, 'abc', 'x'.repeat(20_000), true, [], {}, ['x'], '2026-02-30', '25:99', 'not-an-id'];

const schemas: Record<string, z.ZodType> = { ...domainTableSchemas, planForm: planFormSchema };

function fieldsOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function messagesFor(schema: z.ZodType): Set<string> {
  const seen = new Set<string>();
  const collect = (input: unknown) => {
    const result = schema.safeParse(input);
    if (!result.success) for (const issue of result.error.issues) seen.add(issue.message);
  };
  collect(undefined);
  collect({});
  collect('text');
  for (const field of fieldsOf(schema)) for (const value of badValues) collect({ [field]: value });
  return seen;
}

describe('validation messages', () => {
  it('has a German and an English text for every code', () => {
    for (const code of validationCodes) {
      for (const language of ['de', 'en'] as const) {
        const text = resolveMessage(catalogs[language], `${code}|7`);
        expect(text, `${language}:${code}`).not.toBe(`${code}|7`);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: every message for empty, wrong-type and out-of-range input is a catalog text in both languages`, () => {
      const messages = messagesFor(schema);
      expect(messages.size).toBeGreaterThan(0);
      for (const message of messages) {
        for (const language of ['de', 'en'] as const) {
          const text = resolveMessage(catalogs[language], message);
          expect(text, `${name}: "${message}" is not a validation code`).not.toBe(message);
          expect(text, `${name}: "${message}" → "${text}"`).not.toMatch(DEFAULT_TEXT);
        }
      }
    });
  }

  it('says in words what the Ladungsfrist field accepts', () => {
    const settingsNotice = domainTableSchemas.settings.shape.noticePeriodDays;
    const tooBig = settingsNotice.safeParse(91);
    const notNumber = settingsNotice.safeParse(Number.NaN);
    expect(resolveMessage(catalogs.de, tooBig.error?.issues[0]?.message)).toBe('Bitte eine Zahl bis höchstens 90 eingeben.');
    expect(resolveMessage(catalogs.en, tooBig.error?.issues[0]?.message)).toBe('Please enter a number of at most 90.');
    expect(resolveMessage(catalogs.de, notNumber.error?.issues[0]?.message)).toBe('Bitte eine Zahl eingeben.');
  });
});

describe('rule messages with parameters', () => {
  it('are written in the UI language from their parameters, and a malformed one is shown as it is', () => {
    const message = 'membershipInUse|{"holder":"Eva Muster","sittings":{"dates":["2025-04-28"],"more":0}}';
    expect(resolveMessage(catalogs.de, message)).toBe(
      'Die Mitgliedschaft von Eva Muster kann nicht gelöscht werden: Sie steht in der Anwesenheit der Sitzung vom 28.04.2025. Beenden Sie sie stattdessen (Enddatum eintragen).',
    );
    expect(resolveMessage(catalogs.en, message)).toBe(
      'The membership of Eva Muster cannot be deleted: it is listed in the attendance of the sitting of 28/04/2025. End it instead (enter an end date).',
    );
    for (const broken of ['seatOverlap', 'seatOverlap|{"holder":', 'personInUse|7']) {
      expect(() => resolveMessage(catalogs.en, broken)).not.toThrow();
    }
    expect(resolveMessage(catalogs.en, 'seatOverlap|{"holder":')).toBe('seatOverlap|{"holder":');
  });
});
