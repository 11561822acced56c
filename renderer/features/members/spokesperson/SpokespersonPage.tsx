import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Role } from '../../../../shared/domain/membership';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { roleHolderAsOf } from '../../../../shared/domain/spokespersonTerms';
import type { RegisterData } from '../../../../shared/register/registerView';
import { Field } from '../../../app/components/form/Field';
import { useDatabase } from '../../../app/DatabaseContext';
import { formatDateShort } from '../../../app/format/dates';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { saveSpokespersonTerm } from '../../../db/repositories/rolesRepository';
import { deleteRoleTerm } from '../../../db/repositories/memberDeletionRepository';
import { lastDayFieldFromValidTo, lastDayNotBeforeStart, optionalDateField, requiredDateField, validToFromLastDayField } from '../../../app/components/form/formDates';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { periodLabel } from '../periodLabel';
import { personOptionLabel, sortedPersons } from '../persons/PersonPicker';
import { showSubmitError } from '../../../app/components/form/submitErrors';
import { useDeletion } from '../useDeletion';
import { useRegisterData } from '../register/useRegisterData';
import { FormFooter } from '../../../app/components/form/FormFooter';
import { ActionsTableHead } from '../ActionsTableHead';
import { PeriodFields } from '../../../app/components/form/PeriodFields';

export const spokespersonTermSchema = z
  .object({
    personId: z.string().min(1, 'personRequired'),
    validFrom: requiredDateField('termFromRequired'),
    lastDay: optionalDateField,
  })
  .superRefine((values, ctx) => lastDayNotBeforeStart(values, ctx));
type TermValues = z.input<typeof spokespersonTermSchema>;

function TermForm({ term, data, onDone }: { term: Role | undefined; data: RegisterData; onDone: () => void }) {
  const messages = useMessages();
  const t = messages.members.spokesperson;
  const db = useDatabase();
  const { showNotice } = useMembersUi();
  const { register, handleSubmit, formState, setError, reset } = useForm<TermValues>({
    resolver: zodResolver(spokespersonTermSchema),
    defaultValues: { personId: term?.personId ?? '', validFrom: term?.validFrom ?? '', lastDay: lastDayFieldFromValidTo(term?.validTo) },
    shouldFocusError: true,
  });
  const errors = formState.errors;
  // Members are the usual candidates; anyone already holding a term stays selectable.
  const candidates = sortedPersons(data.persons.filter((p) => data.memberships.some((m) => m.personId === p.id) || p.id === term?.personId));

  const onSubmit = handleSubmit(async (values) => {
    try {
      await saveSpokespersonTerm(db, { id: term?.id, personId: values.personId, validFrom: values.validFrom, validTo: validToFromLastDayField(values.lastDay) });
      showNotice({ kind: 'info', text: t.saved });
      reset({ personId: '', validFrom: '', lastDay: '' });
      onDone();
    } catch (error) {
      showSubmitError(error, setError, { personId: 'personId', validFrom: 'validFrom', validTo: 'lastDay' });
    }
  });

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate>
      <h2>{term ? t.editTerm : t.newTerm}</h2>
      <p className="field-hint">{t.intro}</p>
      <Field label={t.person} error={errors.personId}>
        <select {...register('personId')}>
          <option value="">{messages.members.picker.choose}</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {personOptionLabel(p)}
            </option>
          ))}
        </select>
      </Field>
      <PeriodFields labels={t} fields={{ validFrom: register('validFrom'), lastDay: register('lastDay') }} errors={errors} />
      <FormFooter rootError={errors.root} submitting={formState.isSubmitting}>
        {term && (
          <button type="button" className="button" onClick={onDone}>
            {t.cancelEdit}
          </button>
        )}
      </FormFooter>
    </form>
  );
}

/** "Sprecher des Regionalkonvents": who holds the rotating role on the Stand-am date, and all terms. */
export function SpokespersonPage() {
  const messages = useMessages();
  const t = messages.members.spokesperson;
  const language = useLanguage();
  const db = useDatabase();
  const data = useRegisterData();
  const { asOf } = useMembersUi();
  const deletion = useDeletion();
  const [editingId, setEditingId] = useState<string | null>(null);
  if (!data) return <p className="muted">{messages.common.loading}</p>;
  const terms = data.roles.filter((r) => r.kind === 'spokesperson').sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const current = roleHolderAsOf(terms, 'spokesperson', asOf);
  const personOf = (id: string) => data.persons.find((p) => p.id === id);
  const nameOf = (id: string) => {
    const person = personOf(id);
    return person ? personDisplayName(person) : '–';
  };
  const editing = terms.find((r) => r.id === editingId);

  return (
    <section>
      <PageHeading>{t.title}</PageHeading>
      <p className="spokesperson-line">
        <strong>{t.onDate(formatDateShort(asOf, language))}</strong>{' '}
        {current ? `${personWithFunction(personOf(current.personId) ?? { title: '', firstName: '', lastName: '–', function: '' })} (${periodLabel(messages.members, current)})` : t.none}
      </p>
      <div className="panel">
        <h2>{t.terms}</h2>
        {terms.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <table className="data">
            <ActionsTableHead columns={[t.columns.person, t.columns.period]} actionsLabel={t.columns.actions} />
            <tbody>
              {terms.map((term) => {
                const name = nameOf(term.personId);
                return (
                  <tr key={term.id}>
                    <th scope="row">{name}</th>
                    <td>{periodLabel(messages.members, term)}</td>
                    <td className="row-actions">
                      <button type="button" className="button small" aria-label={t.editTermOf(name)} onClick={() => setEditingId(term.id)}>
                        {t.editTerm}
                      </button>
                      <button
                        type="button"
                        className="button small danger"
                        aria-label={t.deleteTermOf(name)}
                        onClick={() =>
                          void deletion.ask({
                            preview: async () => ({ rows: { persons: [], memberships: [], deputies: [], roles: [term] } }),
                            title: t.deleteTitle,
                            body: () => t.deleteBody(name, periodLabel(messages.members, term)),
                            remove: () => deleteRoleTerm(db, term.id),
                            doneText: t.deleted(name),
                          })
                        }
                      >
                        {t.deleteTerm}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      <TermForm key={editing?.id ?? 'new'} term={editing} data={data} onDone={() => setEditingId(null)} />
      {deletion.dialog}
    </section>
  );
}
