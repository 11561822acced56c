import type { Membership } from '../../../../shared/domain/membership';
import { personDisplayName } from '../../../../shared/domain/person';
import type { RegisterData } from '../../../../shared/register/registerView';
import type { Messages } from '../../../app/i18n/catalog';
import { useMessages } from '../../../app/i18n/useMessages';
import { href } from '../../../app/router';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { periodLabel, periodState } from '../periodLabel';
import { SeatDeputies } from './SeatDeputies';
import { StateBadge } from './StateBadge';
import { useRegisterData } from '../register/useRegisterData';
import { ActionsTableHead } from '../ActionsTableHead';

/** "Landrat · Landkreis Mittelsachsen", or for other seats the category and the first holder. */
export function seatTitle(t: Messages['members'], seat: readonly Membership[], data: RegisterData): string {
  const first = seat[0]!;
  const territory = data.territories.find((x) => x.id === first.territoryId);
  if (first.category === 'head' && territory) return t.seat.headSeat(territory.headTitle, territory.name);
  const holder = data.persons.find((p) => p.id === first.personId);
  return t.seat.otherSeat(t.categoryOne[first.category], holder ? personDisplayName(holder) : '–');
}

/** A seat over time: who held it when, "Nachfolge eintragen", and each holder's standing deputies. */
export function SeatPage({ seatId }: { seatId: string }) {
  const messages = useMessages();
  const t = messages.members;
  const data = useRegisterData();
  const { asOf } = useMembersUi();
  if (!data) return <p className="muted">{messages.common.loading}</p>;
  const seat = data.memberships.filter((m) => m.seatId === seatId).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  if (seat.length === 0) {
    return (
      <section>
        <PageHeading back={{ path: '/members', label: t.back.register }}>{t.seat.title}</PageHeading>
        <p className="notice warn">{t.seat.notFound}</p>
      </section>
    );
  }
  const personOf = (id: string) => data.persons.find((p) => p.id === id);
  const c = t.seat.columns;

  return (
    <section>
      <PageHeading back={{ path: '/members', label: t.back.register }}>
        {t.seat.title}: {seatTitle(t, seat, data)}
      </PageHeading>
      <div className="panel">
        <div className="panel-heading-row">
          <h2>{t.seat.history}</h2>
          <a className="button primary" href={href(`/members/seat/${seatId}/succession`)}>
            {t.seat.succession}
          </a>
        </div>
        <table className="data seat-history">
          <ActionsTableHead columns={[c.period, c.member, c.state]} actionsLabel={c.actions} />
          <tbody>
            {seat.map((m) => {
              const person = personOf(m.personId);
              const name = person ? personDisplayName(person) : '–';
              return (
                <tr key={m.id}>
                  <td className="nowrap">{periodLabel(t, m)}</td>
                  <th scope="row">
                    <a href={href(`/members/person/${m.personId}`)}>{name}</a>
                    {person?.function && <span className="block muted">{person.function}</span>}
                  </th>
                  <td>
                    <StateBadge state={periodState(m, asOf)} />
                  </td>
                  <td className="row-actions">
                    <a className="button small" href={href(`/members/membership/${m.id}`)} aria-label={t.seat.editMembershipOf(name)}>
                      {t.seat.editMembership}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted field-hint">{t.seat.asOfNote(t.period.date(asOf))}</p>
      </div>
      {[...seat].reverse().map((m) => (
        <SeatDeputies key={m.id} membership={m} holder={personOf(m.personId)} data={data} />
      ))}
    </section>
  );
}
