import type { MessageShape } from '../../defineMessages';
import type { mail as german } from '../mail';

/** E-mail drafts of invitations, change-of-date and cancellation letters (.eml). */
export const mail: MessageShape<typeof german> = {
  title: 'E-mail to the members',
  intro: 'Creates an e-mail draft for Outlook or Thunderbird: to the members, copied to the standing deputies, with the letter as PDF and the calendar entry.',
  create: {
    invitation: 'Create e-mail draft (invitation)',
    change: 'Create e-mail draft (change of date)',
    cancel: 'Create e-mail draft (cancellation)',
  },
  missingEmails: (names: string) => `Without an e-mail address (they will not get the e-mail): ${names}.`,
  createAnyway: 'Create the draft anyway',
  noRecipients: 'Nobody has an e-mail address: please add the addresses in the register.',
  opened: 'The e-mail draft is open in your mail program.',
  downloaded: (file: string) =>
    `The e-mail draft was downloaded (${file}). Open it with Outlook or Thunderbird. In the browser Konvent cannot attach a PDF: please save the letter as PDF and attach it yourself.`,
  failed: (reason: string) => `The e-mail draft could not be created: ${reason}`,
  salutation: 'Dear Sir or Madam,',
  attachmentsNote: 'The letter and a calendar entry are attached to this e-mail.',
  contactLine: (parts: string) => `Contact: ${parts}`,
  fileName: { invitation: 'Invitation', change: 'Change-of-date', cancel: 'Cancellation' },
};
