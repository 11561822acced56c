import { z } from 'zod';
import { requiredText, rowMetaSchema } from './primitives';

export const personSchema = rowMetaSchema.extend({
  title: z.string().trim(),
  firstName: requiredText('firstNameRequired'),
  lastName: requiredText('lastNameRequired'),
  function: z.string().trim(),
  organization: z.string().trim(),
  email: z.union([z.literal(''), z.string().trim().email('emailInvalid')]),
  phone: z.string().trim(),
  notes: z.string(),
});
export type Person = z.infer<typeof personSchema>;

/** "Dr. Lothar Beier" */
export function personDisplayName(person: Pick<Person, 'title' | 'firstName' | 'lastName'>): string {
  return [person.title, person.firstName, person.lastName].filter((part) => part.trim() !== '').join(' ');
}

/** "Erster Beigeordneter Dr. Lothar Beier": how German minutes name a person in a function. */
export function personWithFunction(person: Pick<Person, 'title' | 'firstName' | 'lastName' | 'function'>): string {
  const name = personDisplayName(person);
  return person.function.trim() ? `${person.function.trim()} ${name}` : name;
}
