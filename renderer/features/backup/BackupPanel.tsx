import { useMessages } from '../../app/i18n/useMessages';
import './backup.css';
import { CreateBackupPanel } from './CreateBackupPanel';
import { RestoreBackupPanel } from './RestoreBackupPanel';
import { AutomaticBackupPanel } from './AutomaticBackupPanel';

/** "Sicherung" in Einstellungen: create a backup, restore one, and the automatic daily backup. */
export function BackupPanel() {
  const t = useMessages().backup;
  return (
    <section className="panel backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <CreateBackupPanel />
      <RestoreBackupPanel />
      <AutomaticBackupPanel />
    </section>
  );
}
