import type { MessageShape } from '../../defineMessages';
import type { settings as german } from '../settings';

export const settings: MessageShape<typeof german> = {
  title: 'Settings',
  language: 'Language',
  languageDe: 'Deutsch',
  languageEn: 'English',
  languageHint: 'Applies at once to the whole interface.',
  conventName: 'Name of the convent',
  letterhead: 'Letterhead',
  noticePeriod: 'Notice period (days)',
  quorumRule: 'Quorum',
  quorumMajority: 'More than half of the members present or represented',
  quorumAllTerritories: 'All five territories present or represented',
  signatureMembers: 'Member signatures in the minutes',
  storage: 'Storage',
  storagePersisted: 'The browser keeps the data persistently (persistent storage granted).',
  storageNotPersisted:
    'The browser refused persistent storage: it may delete the data when space runs low. Set up synchronisation or backups.',
  storageUnknown: 'Whether storage is persistent cannot be determined here.',
  saved: 'Saved.',
  appInfo: 'Application',
  version: (version: string, platform: string) => `Version ${version} (${platform})`,
};
