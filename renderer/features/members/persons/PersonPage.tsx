import { useLiveQuery } from 'dexie-react-hooks';
import { personDisplayName } from '../../../../shared/domain/person';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages } from '../../../app/i18n/useMessages';
import { href, navigate } from '../../../app/router';
import { updatePerson } from '../../../db/repositories/membersRepository';
import { deletePerson, previewPersonDeletion } from '../../../db/repositories/memberDeletionRepository';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { periodLabel } from '../periodLabel';
import { PersonForm } from './PersonForm';
import { useDeletion } from '../useDeletion';
import { useRegisterData } from '../register/useRegisterData';

/** One person: the person form, where they appear in the register, and deleting them. */
export function PersonPage({ personId }: { personId: string }) {
  const messages = useMessages();
  const t = messages.members;
  const db = useDatabase();
  const data = useRegisterData();
  const person = useLiveQuery(async () => (await db.domain('persons').get(personId)) ?? null, [db, personId]);
  const { showNotice } = useMembersUi();
  const deletion = useDeletion();
  if (person === undefined || !data) return <p className="muted">{messages.common.loading}</p>;
  if (person === null) {
    return (
      <section>
        <PageHeading back={{ path: '/members/persons', label: t.back.persons }}>{t.persons.title}</PageHeading>
        <p className="notice warn">{t.person.notFound}</p>
        {deletion.dialog}
      </section>
    );
  }

  const name = personDisplayName(person);
  const personById = new Map(data.persons.map((p) => [p.id, p]));
  const membershipById = new Map(data.memberships.map((m) => [m.id, m]));
  const memberships = data.memberships.filter((m) => m.personId === personId).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const deputyEntries = data.deputies.filter((d) => d.personId === personId);
  const terms = data.roles.filter((r) => r.personId === personId);
  const territoryName = (id?: string) => data.territories.find((x) => x.id === id)?.name;

  return (
    <section>
      <PageHeading back={{ path: '/members/persons', label: t.back.persons }}>{t.person.editTitle(name)}</PageHeading>
      <PersonForm
        key={person.updatedAt}
        initial={person}
        onSave={async (fields) => {
          await updatePerson(db, personId, fields);
          showNotice({ kind: 'info', text: t.person.saved });
        }}
      />
      <div className="panel">
        <h2>{t.person.memberships}</h2>
        {memberships.length === 0 ? (
          <p className="muted">{t.person.noMemberships}</p>
        ) : (
          <ul className="plain-list">
            {memberships.map((m) => (
              <li key={m.id}>
                {t.categoryOne[m.category]}
                {territoryName(m.territoryId) ? ` · ${territoryName(m.territoryId)}` : ''} · {periodLabel(t, m)}{' '}
                <a href={href(`/members/seat/${m.seatId}`)}>{t.register.seat}</a>
              </li>
            ))}
          </ul>
        )}
        <h2>{t.person.deputyFor}</h2>
        {deputyEntries.length === 0 ? (
          <p className="muted">{t.person.notDeputy}</p>
        ) : (
          <ul className="plain-list">
            {deputyEntries.map((d) => {
              const membership = membershipById.get(d.membershipId);
              const member = membership && personById.get(membership.personId);
              return (
                <li key={d.id}>
                  {member ? personDisplayName(member) : '–'} · {periodLabel(t, d)}{' '}
                  {membership && <a href={href(`/members/seat/${membership.seatId}`)}>{t.register.seat}</a>}
                </li>
              );
            })}
          </ul>
        )}
        {terms.length > 0 && (
          <>
            <h2>{t.person.spokespersonTerms}</h2>
            <ul className="plain-list">
              {terms.map((r) => (
                <li key={r.id}>{periodLabel(t, r)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="danger-zone">
        <button
          type="button"
          className="button danger"
          onClick={() =>
            void deletion.ask({
              preview: () => previewPersonDeletion(db, personId),
              title: t.person.deleteTitle(name),
              body: (rows) => t.person.deleteBody(name, rows.memberships.length, rows.deputies.length, rows.roles.length),
              remove: () => deletePerson(db, personId),
              doneText: t.person.deleted(name),
              after: () => navigate('/members/persons'),
            })
          }
        >
          {t.person.delete}
        </button>
      </div>
      {deletion.dialog}
    </section>
  );
}
