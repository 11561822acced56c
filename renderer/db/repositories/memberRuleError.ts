/**
 * A write refused by a register rule (overlap on a seat, a deputy outside the membership, …).
 * `field` names the form field the message belongs to, so the form can show it there.
 */
export class MemberRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'MemberRuleError';
  }
}
