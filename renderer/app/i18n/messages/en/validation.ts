import type { MessageShape } from '../../defineMessages';
import type { validation as german } from '../validation';
import type { RuleParams } from '../../../../../shared/domain/validationCodes';
import { englishWords as en } from '../../ruleWords';

type P<C extends keyof RuleParams> = RuleParams[C];

/**
 * Validation messages, one per code of shared/domain/validationCodes.ts (checked in resolveMessage.ts).
 * Each says what to do. Codes with a parameter ("numberMax|90") are functions of it.
 */
export const validation: MessageShape<typeof german> = {
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
};

function englishSeatOverlap(p: P<'seatOverlap'>): string {
  return (
    `Overlaps on this seat with the membership of ${p.holder ?? en.unknownPerson} (${en.period(p.period)}): ${en.span(p.shared)}. ` +
    'A seat has only one member at any time – please adjust the dates or use “Record succession”.'
  );
}
