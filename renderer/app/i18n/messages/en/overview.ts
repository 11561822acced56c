import type { MessageShape } from '../../defineMessages';
import type { overview as german } from '../overview';

export const overview: MessageShape<typeof german> = {
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
};
