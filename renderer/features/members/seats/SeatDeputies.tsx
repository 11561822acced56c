import type { Membership } from '../../../../shared/domain/membership';
import type { Person } from '../../../../shared/domain/person';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import type { RegisterData } from '../../../../shared/register/registerView';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages, useErrorText } from '../../../app/i18n/useMessages';
import { href } from '../../../app/router';
import { moveDeputyInOrder } from '../../../db/repositories/deputiesRepository';
import { deleteDeputyEntry } from '../../../db/repositories/memberDeletionRepository';
import { useMembersUi } from '../membersUiState';
import { periodLabel, periodState, type PeriodState } from '../periodLabel';
import { StateBadge } from './StateBadge';
import { useDeletion } from '../useDeletion';
import { ActionsTableHead } from '../ActionsTableHead';

/**
 * The standing deputies of one membership, in order. A deputy counts on a day only while both
 * the entry and the membership run, so the badge looks at both.
 */
export function SeatDeputies({ membership, holder, data }: { membership: Membership; holder: Person | undefined; data: RegisterData }) {
  const t = useMessages().members;
  const errorText = useErrorText();
  const c = t.seat.deputyColumns;
  const db = useDatabase();
  const { asOf, showNotice } = useMembersUi();
  const deletion = useDeletion();
  const holderName = holder ? personDisplayName(holder) : '–';
  const deputies = data.deputies
    .filter((d) => d.membershipId === membership.id)
    .sort((a, b) => a.position - b.position || a.validFrom.localeCompare(b.validFrom));
  const personOf = (id: string) => data.persons.find((p) => p.id === id);
  const stateOf = (period: { validFrom: string; validTo?: string | undefined }): PeriodState => {
    const own = periodState(period, asOf);
    const seat = periodState(membership, asOf);
    return own === 'current' ? seat : own;
  };
  const move = async (id: string, direction: 'up' | 'down') => {
    try {
      await moveDeputyInOrder(db, id, direction);
    } catch (error) {
      showNotice({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <section className="panel seat-deputies">
      <div className="panel-heading-row">
        <h2>{t.seat.deputiesOf(holderName, periodLabel(t, membership))}</h2>
        <a className="button small" href={href(`/members/membership/${membership.id}/deputy/new`)} aria-label={t.seat.addDeputyFor(holderName)}>
          {t.seat.addDeputy}
        </a>
      </div>
      {deputies.length === 0 ? (
        <p className="muted">{t.seat.noDeputies}</p>
      ) : (
        <table className="data">
          <ActionsTableHead columns={[c.order, c.person, c.period, c.state]} actionsLabel={c.actions} />
          <tbody>
            {deputies.map((deputy, index) => {
              const person = personOf(deputy.personId);
              const name = person ? personDisplayName(person) : '–';
              return (
                <tr key={deputy.id}>
                  <td>{index + 1}.</td>
                  <th scope="row">{person ? personWithFunction(person) : '–'}</th>
                  <td className="nowrap">{periodLabel(t, deputy)}</td>
                  <td>
                    <StateBadge state={stateOf(deputy)} />
                  </td>
                  <td className="row-actions">
                    {deputies.length > 1 && (
                      <>
                        <button
                          type="button"
                          className="button small"
                          disabled={index === 0}
                          aria-label={t.seat.moveUpOf(name)}
                          onClick={() => void move(deputy.id, 'up')}
                        >
                          <span aria-hidden="true">↑</span> {t.seat.moveUp}
                        </button>
                        <button
                          type="button"
                          className="button small"
                          disabled={index === deputies.length - 1}
                          aria-label={t.seat.moveDownOf(name)}
                          onClick={() => void move(deputy.id, 'down')}
                        >
                          <span aria-hidden="true">↓</span> {t.seat.moveDown}
                        </button>
                      </>
                    )}
                    <a className="button small" href={href(`/members/deputy/${deputy.id}`)} aria-label={t.seat.editDeputyOf(name)}>
                      {t.seat.editDeputy}
                    </a>
                    <button
                      type="button"
                      className="button small danger"
                      aria-label={t.seat.deleteDeputyOf(name)}
                      onClick={() =>
                        void deletion.ask({
                          preview: async () => ({ rows: { persons: [], memberships: [], deputies: [deputy], roles: [] } }),
                          title: t.seat.deleteDeputyTitle,
                          body: () => t.seat.deleteDeputyBody(person ? personWithFunction(person) : name),
                          remove: () => deleteDeputyEntry(db, deputy.id),
                          doneText: t.seat.deputyDeleted(name),
                        })
                      }
                    >
                      {t.seat.deleteDeputy}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {deletion.dialog}
    </section>
  );
}
