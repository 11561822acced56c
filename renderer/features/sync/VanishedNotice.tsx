import { useMessages } from '../../app/i18n/useMessages';
import type { SyncOverview } from './useSyncOverview';

/** Which PC's device folder disappeared from the sync folder, and that its changes were secured. */
export function VanishedNotice({ overview }: { overview: SyncOverview }) {
  const t = useMessages().sync;
  const vanished = overview.status.vanished ?? [];
  if (vanished.length === 0) return null;
  return (
    <div className="notice warn" role="status" data-testid="sync-vanished">
      <strong>{t.vanished.heading}:</strong>
      <ul>
        {vanished.map((pc) => {
          const name = pc.name || t.conflicts.unknownPc;
          return <li key={pc.deviceId}>{pc.secured ? t.vanished.body(name) : t.vanished.pending(name)}</li>;
        })}
      </ul>
    </div>
  );
}
