import { z } from 'zod';
import { requiredText, rowMetaSchema } from './primitives';
import { nameWithFunction, type GrammaticalCase } from './functionCase';

/** How a letter addresses the person: "Herr", "Frau", or none ("Guten Tag Kim Meier"). */
export const salutations = ['Herr', 'Frau', ''] as const;

export const personSchema = rowMetaSchema.extend({
  title: z.string().trim(),
  firstName: requiredText('firstNameRequired'),
  lastName: requiredText('lastNameRequired'),
  function: z.string().trim(),
  organization: z.string().trim(),
  email: z.union([z.literal(''), z.string().trim().email('emailInvalid')]),
  phone: z.string().trim(),
  notes: z.string(),
  /** Letter salutation (optional: rows from before letters had none). */
  salutation: z.enum(salutations).optional(),
  /** The function in the accusative where the rule in functionCase.ts cannot know it. */
  functionAccusative: z.string().trim().optional(),
  /** Postal address for letters. */
  street: z.string().trim().optional(),
  postalCode: z.union([z.literal(''), z.string().trim().regex(/^\d{5}$/, 'postalCodeInvalid')]).optional(),
  city: z.string().trim().optional(),
  /** The address is the organization's (Dienstanschrift): the organization's name heads the address. */
  addressIsOrganization: z.boolean().optional(),
});
export type Person = z.infer<typeof personSchema>;

/** "Dr. Lothar Beier" */
export function personDisplayName(person: Pick<Person, 'title' | 'firstName' | 'lastName'>): string {
  return [person.title, person.firstName, person.lastName].filter((part) => part.trim() !== '').join(' ');
}

/** "Erster Beigeordneter Dr. Lothar Beier": how German minutes name a person in a function. */
export function personWithFunction(
  person: Pick<Person, 'title' | 'firstName' | 'lastName' | 'function'> & { functionAccusative?: string | undefined },
  grammaticalCase: GrammaticalCase = 'nominative',
): string {
  return nameWithFunction(personDisplayName(person), person.function, grammaticalCase, person.functionAccusative);
}
