import { z } from 'zod';
import { personSchema } from '../../../../shared/domain/person';
import type { PersonChoice } from '../../../db/repositories/membersRepository';

/**
 * The "which person" part of a form: pick someone in the register, or enter a new person right
 * there (the person is created in the same transaction as the membership or deputy).
 */
export const NEW_PERSON = 'new';

const newPersonFields = personSchema.pick({ title: true, firstName: true, lastName: true, function: true, organization: true });

export const personChoiceSchema = z
  .object({
    personId: z.string(),
    newPerson: z.object({ title: z.string(), firstName: z.string(), lastName: z.string(), function: z.string(), organization: z.string() }),
  })
  .superRefine((value, ctx) => {
    if (value.personId === '') {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'personOrNewRequired' });
    }
    if (value.personId === NEW_PERSON) {
      const parsed = newPersonFields.safeParse(value.newPerson);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['newPerson', ...issue.path], message: issue.message });
      }
    }
  });
export type PersonChoiceValues = z.infer<typeof personChoiceSchema>;

export const emptyPersonChoice: PersonChoiceValues = {
  personId: '',
  newPerson: { title: '', firstName: '', lastName: '', function: '', organization: '' },
};

export function toPersonChoice(values: PersonChoiceValues): PersonChoice {
  if (values.personId !== NEW_PERSON) return { kind: 'existing', personId: values.personId };
  return { kind: 'new', person: newPersonFields.parse(values.newPerson) };
}
