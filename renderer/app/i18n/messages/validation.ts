import type { RuleParams } from '../../../../shared/domain/validationCodes';
import { defineMessages } from '../defineMessages';
import { germanWords as de } from '../ruleWords';

type P<C extends keyof RuleParams> = RuleParams[C];

/**
 * Validation messages, one per code of shared/domain/validationCodes.ts (checked in resolveMessage.ts).
 * Each says what to do. Codes with a parameter ("numberMax|90") are functions of it.
 */
export const validation = defineMessages({
  required: 'Bitte ausfüllen.',
  numberExpected: 'Bitte eine Zahl eingeben.',
  integerExpected: 'Bitte eine ganze Zahl eingeben.',
  numberMin: (n: string) => `Bitte eine Zahl ab ${n} eingeben.`,
  numberMax: (n: string) => `Bitte eine Zahl bis höchstens ${n} eingeben.`,
  textTooLong: (n: string) => `Bitte höchstens ${n} Zeichen eingeben.`,
  chooseOption: 'Bitte einen der angebotenen Werte wählen.',
  invalidValue: 'Bitte diese Angabe prüfen.',
  invalidId: 'Dieser Eintrag ist nicht mehr vorhanden. Bitte laden Sie die Ansicht neu.',
  dateFormat: 'Bitte ein Datum im Format TT.MM.JJJJ angeben',
  dateNotReal: 'Dieses Datum gibt es nicht',
  dateOutOfRange: (range: string) => `Bitte ein Datum zwischen ${range.replace('–', ' und ')} angeben`,
  postalCodeInvalid: 'Bitte eine fünfstellige Postleitzahl angeben',
  timeFormat: 'Bitte eine Uhrzeit wie 14:00 angeben',
  endAfterStart: 'Das Ende muss nach dem Beginn liegen',
  endNotBeforeStart: 'Das Ende darf nicht vor dem Beginn liegen',
  lastDayBeforeStart: 'Der letzte Tag darf nicht vor dem Beginn liegen',
  agendaTitleRequired: 'Bitte einen Titel für den Tagesordnungspunkt angeben',
  actionItemTextRequired: 'Bitte die Aufgabe beschreiben',
  correctionReasonRequired: 'Bitte den Grund der Berichtigung angeben',
  firstNameRequired: 'Bitte den Vornamen angeben',
  lastNameRequired: 'Bitte den Nachnamen angeben',
  emailInvalid: 'Bitte eine gültige E-Mail-Adresse angeben',
  labelRequired: 'Bitte eine Bezeichnung angeben',
  firstHostInRotation: 'Der erste Gastgeber muss in der Rotation stehen',
  conventNameRequired: 'Bitte den Namen des Konvents angeben',
  deputyRequired: 'Bitte die Vertretung auswählen',
  guestNameRequired: 'Bitte den Namen des Gastes angeben',
  territoryNameRequired: 'Bitte den Namen der Gebietskörperschaft angeben',
  headTitleRequired: 'Bitte die Amtsbezeichnung angeben (z. B. Landrat)',
  seatRequired: 'Bitte den Sitz angeben',
  venueRequired: 'Bitte einen Sitzungsort angeben',
  memberFromRequired: 'Bitte angeben, ab wann die Person Mitglied ist',
  changeDateRequired: 'Bitte das Datum des Wechsels angeben',
  personRequired: 'Bitte eine Person auswählen',
  personOrNewRequired: 'Bitte eine Person auswählen oder eine neue anlegen',
  termFromRequired: 'Bitte angeben, ab wann die Amtszeit läuft',
  territoryRequired: 'Bitte die Gebietskörperschaft angeben',
  deputyFromRequired: 'Bitte angeben, ab wann die Vertretung gilt',
  rotationTwoHosts: 'Die Rotation braucht mindestens zwei Gastgeber',
  oneMonthNeedsSitting: 'Mindestens ein Monat braucht eine Sitzung',
  rotationHostOnce: 'Jeder Gastgeber darf nur einmal in der Rotation stehen',
  ownDeputy: 'Ein Mitglied kann nicht seine eigene ständige Vertretung sein.',
  successorSamePerson: 'Die Nachfolge muss eine andere Person sein als das bisherige Mitglied.',
  personGone: 'Diese Person gibt es nicht mehr (inzwischen gelöscht?).',
  membershipGone: 'Diese Mitgliedschaft gibt es nicht mehr (inzwischen gelöscht?).',
  deputyGone: 'Diese Vertretung gibt es nicht mehr (inzwischen gelöscht?).',
  territoryGone: 'Diese Gebietskörperschaft gibt es nicht mehr.',
  sittingGone: 'Diese Sitzung gibt es nicht (mehr).',
  agendaItemGone: 'Dieser Tagesordnungspunkt wurde inzwischen gelöscht.',
  decisionGone: 'Dieser Beschluss wurde inzwischen gelöscht.',
  actionItemGone: 'Diese Aufgabe wurde inzwischen gelöscht.',
  deputyBeforeMembership: (p: P<'deputyBeforeMembership'>) => `Die Vertretung kann frühestens mit der Mitgliedschaft beginnen (${de.date(p.from)}).`,
  deputyAfterMembership: (p: P<'deputyAfterMembership'>) => `Die Mitgliedschaft endet am ${de.date(p.lastDay)}; die Vertretung muss davor beginnen.`,
  deputyTwice: (p: P<'deputyTwice'>) =>
    `${p.name ?? 'Diese Person'} ist in diesem Zeitraum bereits ständige Vertretung dieses Mitglieds (${de.period(p.period)}).`,
  changeBeforeStart: (p: P<'changeBeforeStart'>) => `Der Wechsel muss nach dem Beginn der bisherigen Mitgliedschaft (${de.date(p.from)}) liegen.`,
  changeAfterEnd: (p: P<'changeAfterEnd'>) =>
    `Die bisherige Mitgliedschaft endet bereits am ${de.date(p.lastDay)}. Der Wechsel kann spätestens am ${de.date(p.latest)} sein.`,
  seatOverlap: (p: P<'seatOverlap'>) => germanSeatOverlap(p),
  restoreSeatOverlap: (p: P<'restoreSeatOverlap'>) => `Wiederherstellen nicht möglich: ${germanSeatOverlap(p)}`,
  spokespersonOverlap: (p: P<'spokespersonOverlap'>) =>
    `Überschneidung mit der Amtszeit von ${p.name ?? de.unknownPerson} (${de.period(p.period)}): ${de.span(p.shared)}. ` +
    'Es gibt zu jeder Zeit nur eine Sprecherin oder einen Sprecher.',
  personInUse: (p: P<'personInUse'>) => {
    const reasons = [
      p.asMember && `steht als Mitglied in der Anwesenheit ${de.sittings(p.asMember)}`,
      p.asDeputy && `steht als Vertretung in der Anwesenheit ${de.sittings(p.asDeputy)}`,
      p.inMinutes && `wird in der Niederschrift ${de.sittings(p.inMinutes)} genannt`,
    ].filter((reason): reason is string => !!reason);
    return (
      `${p.name} kann nicht gelöscht werden: Die Person ${de.list(reasons)}. ` +
      'Sitzungsunterlagen bleiben unverändert. Beenden Sie stattdessen die Mitgliedschaft oder die Vertretung (Enddatum eintragen).'
    );
  },
  membershipInUse: (p: P<'membershipInUse'>) =>
    `Die Mitgliedschaft von ${p.holder ?? de.unknownPerson} kann nicht gelöscht werden: Sie steht in der Anwesenheit ${de.sittings(p.sittings)}. ` +
    'Beenden Sie sie stattdessen (Enddatum eintragen).',
});

function germanSeatOverlap(p: P<'seatOverlap'>): string {
  return (
    `Überschneidung auf diesem Sitz mit der Mitgliedschaft von ${p.holder ?? de.unknownPerson} (${de.period(p.period)}): ${de.span(p.shared)}. ` +
    'Ein Sitz hat zu jeder Zeit nur ein Mitglied – bitte die Daten anpassen oder „Nachfolge eintragen“ verwenden.'
  );
}
