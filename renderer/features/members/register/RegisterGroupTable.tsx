import { useId } from 'react';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { lastDayOf } from '../../../../shared/domain/periodText';
import type { RegisterGroup } from '../../../../shared/register/registerView';
import { useMessages } from '../../../app/i18n/useMessages';
import { href } from '../../../app/router';
import { ActionsTableHead } from '../ActionsTableHead';

/** One category of the register as a table: member, territory, standing deputies, since when. */
export function RegisterGroupTable({ group }: { group: RegisterGroup }) {
  const t = useMessages().members;
  const c = t.register.columns;
  const headingId = useId();
  return (
    <section className="register-group">
      <h2 id={headingId}>
        {t.categories[group.category]} <span className="muted">({group.entries.length})</span>
      </h2>
      {group.entries.length === 0 ? (
        <p className="muted">{t.register.emptyGroup}</p>
      ) : (
        <table className="data register-table" aria-labelledby={headingId}>
          <colgroup>
            <col className="col-member" />
            <col className="col-territory" />
            <col className="col-deputies" />
            <col className="col-since" />
            <col className="col-actions" />
          </colgroup>
          <ActionsTableHead columns={[c.member, c.territory, c.deputies, c.since]} actionsLabel={c.actions} />
          <tbody>
            {group.entries.map((entry) => {
              const name = personDisplayName(entry.person);
              return (
                <tr key={entry.membership.id}>
                  <th scope="row" className="member-cell">
                    <span className="member-name">{name}</span>
                    {entry.spokesperson && <span className="badge ok">{t.register.spokespersonBadge}</span>}
                    {entry.person.function && <span className="block muted">{entry.person.function}</span>}
                    {entry.person.organization && <span className="block muted">{entry.person.organization}</span>}
                  </th>
                  <td>{entry.territory?.name ?? <span className="muted">–</span>}</td>
                  <td>
                    {entry.deputies.length === 0 ? (
                      <span className="muted">–</span>
                    ) : (
                      <ol className="deputy-list">
                        {entry.deputies.map((d) => (
                          <li key={d.deputy.id}>{personWithFunction(d.person)}</li>
                        ))}
                      </ol>
                    )}
                  </td>
                  <td className="nowrap">
                    {t.period.date(entry.membership.validFrom)}
                    {entry.membership.validTo && (
                      <span className="block muted">{t.register.until(t.period.date(lastDayOf(entry.membership.validTo)))}</span>
                    )}
                  </td>
                  <td className="row-actions">
                    <a href={href(`/members/seat/${entry.membership.seatId}`)} aria-label={t.register.seatOf(name)}>
                      {t.register.seat}
                    </a>
                    <a href={href(`/members/person/${entry.person.id}`)} aria-label={t.register.editPersonOf(name)}>
                      {t.register.editPerson}
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
