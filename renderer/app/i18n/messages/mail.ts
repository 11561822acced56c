import { defineMessages } from '../defineMessages';

/** E-mail drafts of invitations, change-of-date and cancellation letters (.eml). */
export const mail = defineMessages(
  {
    title: 'E-Mail an die Mitglieder',
    intro: 'Erstellt einen E-Mail-Entwurf für Outlook oder Thunderbird: an die Mitglieder, in Kopie an die ständigen Vertretungen, mit dem Schreiben als PDF und dem Kalendereintrag.',
    create: {
      invitation: 'E-Mail-Entwurf erstellen (Einladung)',
      change: 'E-Mail-Entwurf erstellen (Terminänderung)',
      cancel: 'E-Mail-Entwurf erstellen (Absage)',
    },
    missingEmails: (names: string) => `Ohne E-Mail-Adresse (bekommen die E-Mail nicht): ${names}.`,
    createAnyway: 'Entwurf trotzdem erstellen',
    noRecipients: 'Niemand hat eine E-Mail-Adresse: Bitte die Adressen im Personenregister ergänzen.',
    opened: 'Der E-Mail-Entwurf ist in Ihrem E-Mail-Programm geöffnet.',
    downloaded: (file: string) =>
      `Der E-Mail-Entwurf wurde heruntergeladen (${file}). Öffnen Sie ihn mit Outlook oder Thunderbird. Im Browser kann Konvent kein PDF anhängen: Bitte das Schreiben als PDF speichern und selbst anhängen.`,
    failed: (reason: string) => `Der E-Mail-Entwurf konnte nicht erstellt werden: ${reason}`,
    salutation: 'Sehr geehrte Damen und Herren,',
    attachmentsNote: 'Das Schreiben und ein Kalendereintrag sind dieser E-Mail beigefügt.',
    contactLine: (parts: string) => `Kontakt: ${parts}`,
    fileName: { invitation: 'Einladung', change: 'Terminaenderung', cancel: 'Absage' },
  },
  {
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
  },
);
