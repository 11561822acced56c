import { z } from 'zod';
import { isoDateSchema } from '../../../../shared/domain/primitives';
import { lastDayOf, validToAfter } from '../../../../shared/domain/periodText';

/**
 * Date fields of the register forms. People enter the last day of a period ("Letzter Tag");
 * rows store the exclusive end (validTo = the day after), see shared/domain/periodText.ts.
 */
export const requiredDateField = (message: string) => z.string().min(1, message).pipe(isoDateSchema);
export const optionalDateField = z.union([z.literal(''), isoDateSchema]);

export const LAST_DAY_BEFORE_START = 'lastDayBeforeStart';

/** '' → no end; '2026-09-30' → validTo '2026-10-01'. */
export function validToFromLastDayField(lastDay: string): string | undefined {
  return lastDay ? validToAfter(lastDay) : undefined;
}

export function lastDayFieldFromValidTo(validTo: string | undefined): string {
  return validTo ? lastDayOf(validTo) : '';
}

/** For a form's superRefine: the last day, when given, is not before the first. */
export function lastDayNotBeforeStart(values: { validFrom: string; lastDay: string }, ctx: z.RefinementCtx, path = 'lastDay'): void {
  if (values.lastDay && values.validFrom && values.lastDay < values.validFrom) {
    ctx.addIssue({ code: 'custom', path: [path], message: LAST_DAY_BEFORE_START });
  }
}
