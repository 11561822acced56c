import { useState } from 'react';
import { personDisplayName } from '../../../../shared/domain/person';
import { personMatchesSearch } from '../../../../shared/register/registerView';
import { isValidOn } from '../../../../shared/domain/validity';
import { Field } from '../../../app/components/form/Field';
import { useMessages } from '../../../app/i18n/useMessages';
import { href } from '../../../app/router';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { sortedPersons } from './PersonPicker';
import { useRegisterData } from '../register/useRegisterData';
import { ActionsTableHead } from '../ActionsTableHead';

/** Everyone in the register, also former members and deputies who hold no seat. */
export function PersonsPage() {
  const messages = useMessages();
  const t = messages.members.persons;
  const data = useRegisterData();
  const { asOf } = useMembersUi();
  const [search, setSearch] = useState('');
  if (!data) return <p className="muted">{messages.common.loading}</p>;
  const persons = sortedPersons(data.persons.filter((p) => personMatchesSearch(p, search)));
  const c = t.columns;

  const rolesOf = (personId: string): string[] => {
    const memberships = data.memberships.filter((m) => m.personId === personId);
    const roles: string[] = [];
    if (memberships.some((m) => isValidOn(m, asOf))) roles.push(t.member);
    else if (memberships.length) roles.push(t.formerMember);
    if (data.deputies.some((d) => d.personId === personId)) roles.push(t.deputy);
    return roles.length ? roles : [t.unassigned];
  };

  return (
    <section>
      <div className="page-heading-row">
        <PageHeading>{t.title}</PageHeading>
        <a className="button primary" href={href('/members/person/new')}>
          {t.add}
        </a>
      </div>
      <p className="muted">{t.intro}</p>
      <div className="toolbar">
        <Field label={t.search}>
          <input type="search" placeholder={messages.members.register.searchPlaceholder} value={search} onChange={(e) => setSearch(e.target.value)} />
        </Field>
      </div>
      {persons.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="data">
          <ActionsTableHead columns={[c.name, c.function, c.roles]} actionsLabel={c.actions} />
          <tbody>
            {persons.map((person) => {
              const name = personDisplayName(person);
              return (
                <tr key={person.id}>
                  <th scope="row">{name}</th>
                  <td>
                    {person.function}
                    {person.organization && <span className="block muted">{person.organization}</span>}
                  </td>
                  <td>
                    {rolesOf(person.id).map((role) => (
                      <span key={role} className="badge role-badge">
                        {role}
                      </span>
                    ))}
                  </td>
                  <td className="row-actions">
                    <a className="button small" href={href(`/members/person/${person.id}`)} aria-label={t.editOf(name)}>
                      {t.edit}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
