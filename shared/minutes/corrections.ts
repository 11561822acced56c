import type { Minutes, MinutesVersion } from '../domain/minutes';
import type { MinutesDocument } from './minutesDocument';
import { minutesContentHash } from './contentHash';
import { approvalRecord, freezeMinutes, readFrozenMinutes, type FrozenMinutes, type FrozenPrintSettings } from './frozenMinutes';

export type CorrectionResult =
  | { ok: true; frozen: Omit<MinutesVersion, 'id' | 'updatedAt'>; minutes: Minutes }
  | { ok: false; refusal: 'notApproved' | 'reasonMissing' };

/**
 * "Berichtigung": approved minutes are corrected only as a new version. The approved version is
 * kept as it was signed: the document frozen at approval (minutes.approvedDocument) moves into the
 * version row with the reason. Only minutes approved before documents were frozen fall back to the
 * content built from the rows now (`liveContent`, `livePrint`). The minutes get version + 1 and go
 * back to draft, built from the live rows again (so a person's new function or a new letterhead
 * reaches the corrected version), to be circulated and approved again like any minutes.
 */
export function startCorrection(
  minutes: Minutes,
  liveContent: MinutesDocument,
  reason: string,
  now: string,
  livePrint?: FrozenPrintSettings,
): CorrectionResult {
  if (minutes.status !== 'approved') return { ok: false, refusal: 'notApproved' };
  if (!reason.trim()) return { ok: false, refusal: 'reasonMissing' };
  const {
    approvedInSittingId: _approvedInSittingId,
    approvedOn: _approvedOn,
    contentHash: _contentHash,
    circulatedAt: _circulatedAt,
    approvedDocument: _approvedDocument,
    ...rest
  } = minutes;
  const approved = readFrozenMinutes(minutes.approvedDocument) ?? { document: liveContent, print: livePrint };
  return {
    ok: true,
    frozen: {
      minutesId: minutes.id,
      version: minutes.version,
      reason: reason.trim(),
      // The hash of the content as it is frozen: the approval hash (for minutes approved before
      // documents were frozen it differs if the data underneath changed; the version says what it holds).
      contentHash: minutesContentHash(approved.document),
      content: freezeMinutes({ document: approved.document, print: approved.print, approval: approvalRecord(minutes) }),
      createdAt: now,
    },
    minutes: { ...rest, status: 'draft', version: minutes.version + 1 },
  };
}

/** Reads a frozen version back. Returns undefined for content this app version cannot read. */
export function readFrozenVersion(version: Pick<MinutesVersion, 'content'>): FrozenMinutes | undefined {
  return readFrozenMinutes(version.content);
}
