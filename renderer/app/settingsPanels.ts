/**
 * The panels other features contribute to Einstellungen, composed here like the screens in
 * screens.ts: features never import each other, only app/ brings them together.
 */
export { MinutesSettingsPanel } from '../features/minutes/MinutesSettingsPanel';
export { BackupPanel } from '../features/backup/BackupPanel';
