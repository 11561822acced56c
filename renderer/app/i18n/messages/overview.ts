import { defineMessages } from '../defineMessages';

export const overview = defineMessages(
  {
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
  },
  {
    title: 'Overview',
    welcomeTitle: 'Welcome to Konvent',
    welcomeBody:
      'Konvent runs the secretariat of the regional convent: schedule, invitations, attendance, minutes. Your data stays on this PC and in your sync folder.',
    loadDemo: 'Load sample data',
    loadDemoHint: 'The real convent: 5 territories, 18 members, 2 standing deputies, the sitting of 28 April 2025 in Zwickau.',
    startEmpty: 'Start empty',
    startEmptyHint: 'Begin with an empty register and enter everything yourself.',
    demoLoaded: 'The sample data was loaded.',
    nextSitting: 'Next sitting',
    atTime: (time: string) => `, ${time}`,
    noNextSitting: 'No sitting planned.',
    lastSitting: 'Last sitting',
    openActionItems: 'Open action items',
    noOpenActionItems: 'No open action items.',
    register: 'Register',
    membersCount: (count: number) => `${count} members of the extended convent`,
    coreCount: (count: number) => `${count} territories in the core convent`,
  },
);
