import { defineMessages } from '../defineMessages';

/** E-mail drafts of invitations, change-of-date and cancellation letters (.eml). */
export const mail = defineMessages({
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
});
