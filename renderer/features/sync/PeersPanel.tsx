import { useMessages } from '../../app/i18n/useMessages';
import { formatInstant } from '../../app/format/dates';
import type { SyncOverview } from './useSyncOverview';

/** The PCs that write into this folder, and when each last synced (by its own clock). */
export function PeersPanel({ overview }: { overview: SyncOverview }) {
  const t = useMessages().sync.peers;
  const others = [...overview.peers].filter((peer) => peer.name !== undefined).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'de'));
  return (
    <div className="panel">
      <h2>{t.heading}</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.lastSeen}</th>
            <th scope="col">{t.version}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{t.thisPc(overview.state.name || t.unnamed)}</td>
            <td>{overview.status.lastSuccessAt ? formatInstant(overview.status.lastSuccessAt) : t.unknownTime}</td>
            <td>{__APP_VERSION__}</td>
          </tr>
          {others.map((peer) => (
            <tr key={peer.deviceId}>
              <td>{peer.name || t.unnamed}</td>
              <td>{peer.headUpdatedAt ? formatInstant(peer.headUpdatedAt) : t.unknownTime}</td>
              <td>{peer.appVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {others.length === 0 && <p className="muted">{t.none}</p>}
    </div>
  );
}
