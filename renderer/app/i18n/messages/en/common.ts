import type { MessageShape } from '../../defineMessages';
import type { common as german } from '../common';

export const common: MessageShape<typeof german> = {
  appName: 'Konvent',
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    plan: 'Schedule',
    sittings: 'Sittings',
    members: 'Members',
    minutes: 'Minutes',
    sync: 'Synchronisation',
    settings: 'Settings',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    close: 'Close',
    undo: 'Undo',
  },
  print: {
    pageWord: 'Page ',
    pageOf: ' of ',
    failed: (reason: string) => `The document could not be created: ${reason}`,
    unknownDocument: (name: string) => `Unknown print document: ${name}`,
  },
  loading: 'Loading …',
  notFound: 'Page not found',
  notFoundBody: 'Konvent does not know this link. Perhaps it was copied incompletely. Choose an area on the left.',
  backToOverview: 'Back to overview',
  errorTitle: 'Something went wrong',
  errorBody: 'Your saved data is unchanged. Please reload the view.',
  loadFailedBody: 'This area could not be loaded. Your data is unchanged. Please reload the view; if that does not help, restart Konvent.',
  reload: 'Reload view',
  skipToContent: 'Skip to content',
  dateFields: {
    openCalendar: 'Open calendar',
    calendar: 'Calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
  },
  fileField: { none: 'No file chosen' },
};
