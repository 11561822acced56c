import type { MessageShape } from '../../defineMessages';
import type { press as german } from '../press';

/** The press release draft of a held sitting. */
export const press: MessageShape<typeof german> = {
  link: 'Draft press release',
  heading: (date: string) => `Press release on the sitting of ${date}`,
  back: 'Back to the sitting',
  notHeld: 'A press release is drafted for a sitting that took place. This sitting is not marked as held yet.',
  notFound: 'This sitting does not exist (any more).',
  intro: 'Konvent writes the draft from the recorded data: date, place and host, members with functions and deputies, guests, public topics and decisions. Non-public items never go in. The draft is German, as the convent publishes it. Add the quotes; the text saves itself.',
  create: 'Create a draft from the sitting data',
  recreate: 'Create again from the sitting data',
  recreateTitle: 'Replace the text with a new draft?',
  recreateBody: 'Your changes to the current text are lost.',
  recreateConfirm: 'Replace',
  textLabel: 'Text of the press release',
  copy: 'Copy to clipboard',
  copied: 'The text is in the clipboard.',
  copyFailed: 'The text could not be copied. Please select it and press Ctrl+C.',
  saveTxt: 'Save as text file (.txt)',
  saveDocx: 'Save as Word file (.docx)',
  saved: (file: string) => `Saved: ${file}.`,
  cancelled: 'Not saved.',
  failed: (reason: string) => `That did not work: ${reason}`,
  fileName: (date: string) => `Press-release-${date}`,
  docTitle: (date: string) => `Press release on the sitting of ${date}`,
  txtFilter: 'Text file',
  docxFilter: 'Word document',
};
