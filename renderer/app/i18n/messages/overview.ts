import { defineMessages } from '../defineMessages';

export const overview = defineMessages({
  title: 'Übersicht',
  welcomeTitle: 'Willkommen bei Konvent',
  welcomeBody:
    'Konvent führt das Sekretariat des Regionalkonvents: Sitzungsplan, Einladungen, Anwesenheit, Niederschriften. Ihre Daten bleiben auf diesem PC und in Ihrem Synchronisationsordner.',
  loadDemo: 'Beispieldaten laden',
  loadDemoHint: 'Der echte Konvent: 5 Gebietskörperschaften, 18 Mitglieder, 2 ständige Vertretungen, die Sitzung vom 28.04.2025 in Zwickau.',
  startEmpty: 'Neu beginnen',
  startEmptyHint: 'Mit einem leeren Register anfangen und alles selbst eintragen.',
  demoLoaded: 'Die Beispieldaten wurden geladen.',
  nextSitting: 'Nächste Sitzung',
  atTime: (time: string) => `, ${time} Uhr`,
  noNextSitting: 'Keine Sitzung geplant.',
  lastSitting: 'Letzte Sitzung',
  openActionItems: 'Offene Aufgaben',
  noOpenActionItems: 'Keine offenen Aufgaben.',
  register: 'Register',
  membersCount: (count: number) => `${count} Mitglieder im erweiterten Regionalkonvent`,
  coreCount: (count: number) => `${count} Gebietskörperschaften im Regionalkonvent`,
});
