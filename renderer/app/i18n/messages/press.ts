import { defineMessages } from '../defineMessages';

/** The press release draft of a held sitting. */
export const press = defineMessages({
  link: 'Pressemitteilung entwerfen',
  heading: (date: string) => `Pressemitteilung zur Sitzung am ${date}`,
  back: 'Zur Sitzung',
  notHeld: 'Eine Pressemitteilung wird für eine durchgeführte Sitzung entworfen. Diese Sitzung ist noch nicht als durchgeführt vermerkt.',
  notFound: 'Diese Sitzung gibt es nicht (mehr).',
  intro: 'Konvent schreibt den Entwurf aus den erfassten Daten: Datum, Ort und Gastgeber, Mitglieder mit Funktionen und Vertretungen, Gäste, öffentliche Themen und Beschlüsse. Nichtöffentliche Punkte kommen nie hinein. Ergänzen Sie die Zitate; der Text speichert sich selbst.',
  create: 'Entwurf aus den Sitzungsdaten erstellen',
  recreate: 'Neu aus den Sitzungsdaten erstellen',
  recreateTitle: 'Den Text durch einen neuen Entwurf ersetzen?',
  recreateBody: 'Ihre Änderungen am bisherigen Text gehen dabei verloren.',
  recreateConfirm: 'Ersetzen',
  textLabel: 'Text der Pressemitteilung',
  copy: 'In die Zwischenablage kopieren',
  copied: 'Der Text ist in der Zwischenablage.',
  copyFailed: 'Der Text konnte nicht kopiert werden. Bitte markieren und mit Strg+C kopieren.',
  saveTxt: 'Als Textdatei speichern (.txt)',
  saveDocx: 'Als Word-Datei speichern (.docx)',
  saved: (file: string) => `Gespeichert: ${file}.`,
  cancelled: 'Nicht gespeichert.',
  failed: (reason: string) => `Das hat nicht geklappt: ${reason}`,
  fileName: (date: string) => `Pressemitteilung-${date}`,
  docTitle: (date: string) => `Pressemitteilung zur Sitzung am ${date}`,
  txtFilter: 'Textdatei',
  docxFilter: 'Word-Dokument',
});
