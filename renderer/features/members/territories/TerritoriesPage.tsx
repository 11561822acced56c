import { useState } from 'react';
import { territoryKeys } from '../../../../shared/domain/territory';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages, useErrorText } from '../../../app/i18n/useMessages';
import { href } from '../../../app/router';
import { addMissingTerritories } from '../../../db/repositories/territoriesRepository';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { useRegisterData } from '../register/useRegisterData';
import { ActionsTableHead } from '../ActionsTableHead';

/** The five territories in their rotation order. */
export function TerritoriesPage() {
  const messages = useMessages();
  const errorText = useErrorText();
  const t = messages.members.territories;
  const data = useRegisterData();
  const db = useDatabase();
  const { showNotice } = useMembersUi();
  const [busy, setBusy] = useState(false);
  if (!data) return <p className="muted">{messages.common.loading}</p>;
  const c = t.columns;
  const addMissing = async () => {
    setBusy(true);
    try {
      showNotice({ kind: 'info', text: t.added(await addMissingTerritories(db)) });
    } catch (error) {
      showNotice({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <PageHeading>{t.title}</PageHeading>
      <p className="muted">{t.intro}</p>
      {data.territories.length < territoryKeys.length && (
        <div className="panel">
          {data.territories.length === 0 && <p>{t.none}</p>}
          <button type="button" className="button primary" disabled={busy} onClick={() => void addMissing()}>
            {t.addMissing}
          </button>
          <p className="field-hint">{t.addMissingHint}</p>
        </div>
      )}
      {data.territories.length > 0 && (
        <table className="data">
          <ActionsTableHead columns={[c.place, c.name, c.kind, c.headTitle, c.seat, c.defaultVenue]} actionsLabel={c.actions} />
          <tbody>
            {data.territories.map((territory) => (
              <tr key={territory.id}>
                <td>{t.place(territory.rotationIndex + 1)}</td>
                <th scope="row">{territory.name}</th>
                <td>{t.kinds[territory.kind]}</td>
                <td>{territory.headTitle}</td>
                <td>{territory.seat}</td>
                <td>{territory.defaultVenue || <span className="muted">–</span>}</td>
                <td className="row-actions">
                  <a className="button small" href={href(`/members/territory/${territory.id}`)} aria-label={t.editOf(territory.name)}>
                    {t.edit}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
