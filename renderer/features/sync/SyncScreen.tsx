import { useMemo } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages } from '../../app/i18n/useMessages';
import { SyncConnection } from '../../sync/syncConnection';
import { BadFilesPanel } from './BadFilesPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { HeldBackPanel } from './HeldBackPanel';
import { LeavePanel } from './LeavePanel';
import { PeersPanel } from './PeersPanel';
import { SetUpPanel } from './SetUpPanel';
import { StatusPanel } from './StatusPanel';
import { useSyncOverview } from './useSyncOverview';
import './sync.css';

/** "Synchronisation": choose the shared folder, see how sync stands, settle conflicts. */
export default function SyncScreen() {
  const t = useMessages().sync;
  const db = useDatabase();
  const connection = useMemo(() => new SyncConnection(db), [db]);
  const overview = useSyncOverview(db);

  return (
    <section className="sync-screen">
      <h1>{t.title}</h1>
      {overview && !overview.state.folderId && <SetUpPanel connection={connection} initialName={overview.state.name} />}
      {overview?.state.folderId && (
        <>
          <StatusPanel key={overview.state.name} overview={overview} connection={connection} />
          <HeldBackPanel overview={overview} connection={connection} />
          <ConflictsPanel overview={overview} connection={connection} />
          <BadFilesPanel overview={overview} />
          <PeersPanel overview={overview} />
          <LeavePanel connection={connection} />
        </>
      )}
    </section>
  );
}
