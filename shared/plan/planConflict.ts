import type { IsoDate } from '../dates/isoDates';

/** Why a change to the plan was refused, as a code with its parameters; the UI words it. */
export type PlanConflict =
  | { code: 'planExists'; year: number }
  | { code: 'changedElsewhere' }
  | { code: 'alreadyInvitedOrHeld' }
  | { code: 'pastDatesPlanned'; dates: IsoDate[] }
  /** The rotation has no host, or the first host is not in it (the form prevents both). */
  | { code: 'rotationEmpty' }
  | { code: 'firstHostNotInRotation' };

/** A plan change refused inside its transaction: nothing was written. */
export class PlanConflictError extends Error {
  constructor(readonly conflict: PlanConflict) {
    super(`Plan conflict: ${conflict.code}`);
    this.name = 'PlanConflictError';
  }
}
