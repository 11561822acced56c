import type { Minutes } from '../domain/minutes';

/**
 * Approved minutes are a signed record: nothing of them changes any more, except through a
 * recorded correction (corrections.ts). Drafts and circulated minutes stay editable (members send
 * remarks after circulation). Action items keep their own life: closing a actionItem later is tracking,
 * not a change of the minutes (its status is not part of the content hash), unless the change
 * would rewrite what approved minutes say about it (reviewLock.ts).
 */
export function isMinutesLocked(minutes: Pick<Minutes, 'status'> | undefined): boolean {
  return minutes?.status === 'approved';
}

export class MinutesLockedError extends Error {
  /**
   * @param approvedSittingDate the date of the sitting whose approved minutes refuse the change,
   *   when that is another sitting than the one being edited (a actionItem reviewed there).
   */
  constructor(readonly approvedSittingDate?: string) {
    super('Die Niederschrift ist genehmigt und schreibgeschützt. Änderungen nur über eine Berichtigung.');
    this.name = 'MinutesLockedError';
  }
}

/** Guard for every write to a sitting's minutes content (header, items, decisions, new actionItems). */
export function assertMinutesEditable(minutes: Pick<Minutes, 'status'> | undefined): void {
  if (isMinutesLocked(minutes)) throw new MinutesLockedError();
}
