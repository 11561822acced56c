import { defineMessages } from '../defineMessages';

export const settings = defineMessages({
  title: 'Einstellungen',
  language: 'Sprache',
  languageDe: 'Deutsch',
  languageEn: 'English',
  languageHint: 'Gilt sofort für die ganze Oberfläche.',
  conventName: 'Name des Konvents',
  letterhead: 'Briefkopf',
  noticePeriod: 'Ladungsfrist (Tage)',
  quorumRule: 'Beschlussfähigkeit',
  quorumMajority: 'Mehr als die Hälfte der Mitglieder anwesend oder vertreten',
  quorumAllTerritories: 'Alle fünf Gebietskörperschaften anwesend oder vertreten',
  signatureMembers: 'Unterschriften von Mitgliedern in der Niederschrift',
  storage: 'Datenspeicher',
  storagePersisted: 'Der Browser hält die Daten dauerhaft vor (persistenter Speicher gewährt).',
  storageNotPersisted:
    'Der Browser hat dauerhaften Speicher abgelehnt: Er darf die Daten bei Platzmangel löschen. Richten Sie die Synchronisation oder Sicherungen ein.',
  storageUnknown: 'Ob der Speicher dauerhaft ist, lässt sich hier nicht feststellen.',
  saved: 'Gespeichert.',
  appInfo: 'Programm',
  version: (version: string, platform: string) => `Version ${version} (${platform})`,
});
