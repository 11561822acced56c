import { personDisplayName } from '../../../../shared/domain/person';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages } from '../../../app/i18n/useMessages';
import { navigate } from '../../../app/router';
import { createPerson } from '../../../db/repositories/membersRepository';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { emptyPersonFields, PersonForm } from './PersonForm';

/** "Person anlegen": someone without a membership yet (e.g. a future standing deputy). */
export function PersonNewPage() {
  const t = useMessages().members;
  const db = useDatabase();
  const { showNotice } = useMembersUi();
  return (
    <section>
      <PageHeading back={{ path: '/members/persons', label: t.back.persons }}>{t.person.newTitle}</PageHeading>
      <PersonForm
        initial={emptyPersonFields}
        onSave={async (fields) => {
          const person = await createPerson(db, fields);
          showNotice({ kind: 'info', text: `${personDisplayName(person)}: ${t.person.saved}` });
          navigate(`/members/person/${person.id}`);
        }}
      />
    </section>
  );
}
