import { useFormContext, useWatch } from 'react-hook-form';
import type { Person } from '../../../../shared/domain/person';
import { Field } from '../../../app/components/form/Field';
import { useMessages } from '../../../app/i18n/useMessages';
import { NEW_PERSON, type PersonChoiceValues } from './personChoice';

/** "Krüger, Sven (Dr.) – Landrat, Landkreis Mittelsachsen": enough to tell two people apart in a list. */
export function personOptionLabel(person: Person): string {
  const name = `${person.lastName}, ${person.firstName}${person.title ? ` (${person.title})` : ''}`;
  const about = [person.function, person.organization].filter((part) => part.trim()).join(', ');
  return about ? `${name} – ${about}` : name;
}

export function sortedPersons(persons: readonly Person[]): Person[] {
  return [...persons].sort((a, b) => a.lastName.localeCompare(b.lastName, 'de') || a.firstName.localeCompare(b.firstName, 'de'));
}

/** The "which person" fields of a form whose values have `person: PersonChoiceValues`. */
export function PersonPicker({ label, persons, excludeIds = [] }: { label: string; persons: readonly Person[]; excludeIds?: readonly string[] }) {
  const t = useMessages().members;
  const { register, control, formState } = useFormContext<{ person: PersonChoiceValues }>();
  const choice = useWatch({ control, name: 'person.personId' });
  const errors = formState.errors.person;
  const options = sortedPersons(persons.filter((p) => !excludeIds.includes(p.id)));

  return (
    <div className="person-picker">
      <Field label={label} error={errors?.personId}>
        <select {...register('person.personId')}>
          <option value="">{t.picker.choose}</option>
          <option value={NEW_PERSON}>{t.picker.createNew}</option>
          {options.map((p) => (
            <option key={p.id} value={p.id}>
              {personOptionLabel(p)}
            </option>
          ))}
        </select>
      </Field>
      {choice === NEW_PERSON && (
        <fieldset className="subfields">
          <legend>{t.picker.newPerson}</legend>
          <div className="field-row">
            <Field label={t.person.title} error={errors?.newPerson?.title}>
              <input type="text" autoComplete="off" {...register('person.newPerson.title')} />
            </Field>
            <Field label={t.person.firstName} error={errors?.newPerson?.firstName}>
              <input type="text" autoComplete="off" {...register('person.newPerson.firstName')} />
            </Field>
            <Field label={t.person.lastName} error={errors?.newPerson?.lastName}>
              <input type="text" autoComplete="off" {...register('person.newPerson.lastName')} />
            </Field>
          </div>
          <Field label={t.person.function} hint={t.person.functionHint} error={errors?.newPerson?.function}>
            <input type="text" autoComplete="off" {...register('person.newPerson.function')} />
          </Field>
          <Field label={t.person.organization} error={errors?.newPerson?.organization}>
            <input type="text" autoComplete="off" {...register('person.newPerson.organization')} />
          </Field>
        </fieldset>
      )}
    </div>
  );
}
