import type { ValidityPeriod } from './validity';

/**
 * Validation messages are codes, never sentences: the renderer shows them in the UI language
 * (renderer/app/i18n/messages/validation.ts). A code may carry one parameter after "|": "numberMax|90".
 * zod's own defaults ("Too big: …", "Invalid input: …") are mapped to the generic codes below by the
 * renderer's global error map (renderer/app/zodWithoutEval.ts).
 */
export const validationCodes = [
  // generic (zod defaults)
  'required',
  'numberExpected',
  'integerExpected',
  'numberMin',
  'numberMax',
  'textTooLong',
  'chooseOption',
  'invalidValue',
  // primitives
  'invalidId',
  'dateFormat',
  'dateNotReal',
  'dateOutOfRange',
  'timeFormat',
  'endAfterStart',
  'endNotBeforeStart',
  'lastDayBeforeStart',
  // fields
  'agendaTitleRequired',
  'actionItemTextRequired',
  'correctionReasonRequired',
  'firstNameRequired',
  'lastNameRequired',
  'emailInvalid',
  'postalCodeInvalid',
  'labelRequired',
  'firstHostInRotation',
  'conventNameRequired',
  'deputyRequired',
  'guestNameRequired',
  'territoryNameRequired',
  'headTitleRequired',
  'seatRequired',
  'venueRequired',
  'memberFromRequired',
  'changeDateRequired',
  'personRequired',
  'personOrNewRequired',
  'termFromRequired',
  'territoryRequired',
  'deputyFromRequired',
  'rotationTwoHosts',
  'rotationHostOnce',
  'oneMonthNeedsSitting',
  // register rules (shared/domain) and rows gone meanwhile (renderer/db repositories)
  'ownDeputy',
  'successorSamePerson',
  'personGone',
  'membershipGone',
  'deputyGone',
  'territoryGone',
  'sittingGone',
  'agendaItemGone',
  'decisionGone',
  'actionItemGone',
] as const;
export type ValidationCode = (typeof validationCodes)[number];

/** "numberMax|90" from a code and its parameter. */
export function validationMessage(code: ValidationCode, parameter?: string | number): string {
  return parameter === undefined ? code : `${code}|${parameter}`;
}

/** Up to three sitting dates (ISO) a record appears in, and how many more. */
export interface SittingDates {
  dates: string[];
  more: number;
}

/**
 * Rule messages with several parameters (names, dates, periods): the UI writes the sentence in its
 * language from these. Dates are ISO, periods as stored (validTo exclusive), names are user data.
 * A missing `name` or `holder` is an unknown person.
 */
export interface RuleParams {
  deputyBeforeMembership: { from: string };
  deputyAfterMembership: { lastDay: string };
  deputyTwice: { name?: string; period: ValidityPeriod };
  changeBeforeStart: { from: string };
  changeAfterEnd: { lastDay: string; latest: string };
  seatOverlap: { holder?: string; period: ValidityPeriod; shared: ValidityPeriod };
  restoreSeatOverlap: { holder?: string; period: ValidityPeriod; shared: ValidityPeriod };
  spokespersonOverlap: { name?: string; period: ValidityPeriod; shared: ValidityPeriod };
  personInUse: { name: string; asMember?: SittingDates; asDeputy?: SittingDates; inMinutes?: SittingDates };
  membershipInUse: { holder?: string; sittings: SittingDates };
}
export type RuleCode = keyof RuleParams;

/** `{ name }`, or nothing for an unknown person (a parameter object has no undefined values). */
export function named(name: string | undefined): { name?: string } {
  return name === undefined ? {} : { name };
}

/** "seatOverlap|{…}": a rule message as text (form errors and Error messages are text), read back by the UI. */
export function ruleMessage<C extends RuleCode>(code: C, params: RuleParams[C]): string {
  return `${code}|${JSON.stringify(params)}`;
}
