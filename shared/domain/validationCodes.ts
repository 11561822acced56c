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
  'oneMonthNeedsSitting',
  'rotationHostOnce',
] as const;
export type ValidationCode = (typeof validationCodes)[number];

/** "numberMax|90" from a code and its parameter. */
export function validationMessage(code: ValidationCode, parameter?: string | number): string {
  return parameter === undefined ? code : `${code}|${parameter}`;
}
