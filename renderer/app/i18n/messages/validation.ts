import type { RuleParams } from '../../../../shared/domain/validationCodes';
import { defineMessages } from '../defineMessages';
import { englishWords as en, germanWords as de } from '../ruleWords';

type P<C extends keyof RuleParams> = RuleParams[C];

/**
 * Validation messages, one per code of shared/domain/validationCodes.ts (checked in resolveMessage.ts).
 * Each says what to do. Codes with a parameter ("numberMax|90") are functions of it.
 */
export const validation = defineMessages(
  {
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
  },
  {
    required: 'Please fill in this field.',
    numberExpected: 'Please enter a number.',
    integerExpected: 'Please enter a whole number.',
    numberMin: (n: string) => `Please enter a number of at least ${n}.`,
    numberMax: (n: string) => `Please enter a number of at most ${n}.`,
    textTooLong: (n: string) => `Please enter at most ${n} characters.`,
    chooseOption: 'Please choose one of the values offered.',
    invalidValue: 'Please check this entry.',
    invalidId: 'This entry no longer exists. Please reload the view.',
    dateFormat: 'Please enter a date as DD/MM/YYYY',
    dateNotReal: 'This date does not exist',
    dateOutOfRange: (range: string) => `Please enter a date between ${range.replace('–', ' and ')}`,
    postalCodeInvalid: 'Please enter a five-digit postcode',
    timeFormat: 'Please enter a time such as 14:00',
    endAfterStart: 'Please enter an end after the start',
    endNotBeforeStart: 'The end must not be before the start',
    lastDayBeforeStart: 'The last day must not be before the start',
    agendaTitleRequired: 'Please enter a title for the agenda item',
    actionItemTextRequired: 'Please describe the action item',
    correctionReasonRequired: 'Please give the reason for the correction',
    firstNameRequired: 'Please enter the first name',
    lastNameRequired: 'Please enter the last name',
    emailInvalid: 'Please enter a valid e-mail address',
    labelRequired: 'Please enter a label',
    firstHostInRotation: 'Please choose a first host from the rotation',
    conventNameRequired: 'Please enter the name of the convent',
    deputyRequired: 'Please choose the deputy',
    guestNameRequired: 'Please enter the name of the guest',
    territoryNameRequired: 'Please enter the name of the territory',
    headTitleRequired: 'Please enter the title of office (e.g. Landrat)',
    seatRequired: 'Please enter the seat',
    venueRequired: 'Please enter a venue',
    memberFromRequired: 'Please enter from when the person is a member',
    changeDateRequired: 'Please enter the date of the change',
    personRequired: 'Please choose a person',
    personOrNewRequired: 'Please choose a person or add a new one',
    termFromRequired: 'Please enter from when the term runs',
    territoryRequired: 'Please choose the territory',
    deputyFromRequired: 'Please enter from when the deputy serves',
    rotationTwoHosts: 'The rotation needs at least two hosts',
    oneMonthNeedsSitting: 'At least one month needs a sitting',
    rotationHostOnce: 'Each host may appear only once in the rotation',
    ownDeputy: 'A member cannot be their own standing deputy.',
    successorSamePerson: 'The successor must be a different person from the current member.',
    personGone: 'This person no longer exists (deleted in the meantime?).',
    membershipGone: 'This membership no longer exists (deleted in the meantime?).',
    deputyGone: 'This deputy entry no longer exists (deleted in the meantime?).',
    territoryGone: 'This territory no longer exists.',
    sittingGone: 'This sitting no longer exists.',
    agendaItemGone: 'This agenda item has been deleted in the meantime.',
    decisionGone: 'This decision has been deleted in the meantime.',
    actionItemGone: 'This action item has been deleted in the meantime.',
    deputyBeforeMembership: (p) => `The deputy can start no earlier than the membership (${en.date(p.from)}).`,
    deputyAfterMembership: (p) => `The membership ends on ${en.date(p.lastDay)}; the deputy must start before then.`,
    deputyTwice: (p) => `${p.name ?? 'This person'} is already a standing deputy of this member in this period (${en.period(p.period)}).`,
    changeBeforeStart: (p) => `The change must be after the start of the current membership (${en.date(p.from)}).`,
    changeAfterEnd: (p) => `The current membership already ends on ${en.date(p.lastDay)}. The change can be on ${en.date(p.latest)} at the latest.`,
    seatOverlap: (p) => englishSeatOverlap(p),
    restoreSeatOverlap: (p) => `Cannot restore: ${englishSeatOverlap(p)}`,
    spokespersonOverlap: (p) =>
      `Overlaps with the term of ${p.name ?? en.unknownPerson} (${en.period(p.period)}): ${en.span(p.shared)}. ` +
      'There is only one spokesperson at any time.',
    personInUse: (p) => {
      const reasons = [
        p.asMember && `is listed as a member in the attendance of ${en.sittings(p.asMember)}`,
        p.asDeputy && `is listed as a deputy in the attendance of ${en.sittings(p.asDeputy)}`,
        p.inMinutes && `is named in the minutes of ${en.sittings(p.inMinutes)}`,
      ].filter((reason): reason is string => !!reason);
      return (
        `${p.name} cannot be deleted: the person ${en.list(reasons)}. ` +
        'Sitting records stay unchanged. End the membership or the deputy entry instead (enter an end date).'
      );
    },
    membershipInUse: (p) =>
      `The membership of ${p.holder ?? en.unknownPerson} cannot be deleted: it is listed in the attendance of ${en.sittings(p.sittings)}. ` +
      'End it instead (enter an end date).',
  },
);

function germanSeatOverlap(p: P<'seatOverlap'>): string {
  return (
    `Überschneidung auf diesem Sitz mit der Mitgliedschaft von ${p.holder ?? de.unknownPerson} (${de.period(p.period)}): ${de.span(p.shared)}. ` +
    'Ein Sitz hat zu jeder Zeit nur ein Mitglied – bitte die Daten anpassen oder „Nachfolge eintragen“ verwenden.'
  );
}

function englishSeatOverlap(p: P<'seatOverlap'>): string {
  return (
    `Overlaps on this seat with the membership of ${p.holder ?? en.unknownPerson} (${en.period(p.period)}): ${en.span(p.shared)}. ` +
    'A seat has only one member at any time – please adjust the dates or use “Record succession”.'
  );
}
