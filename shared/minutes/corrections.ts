import type { Minutes, MinutesVersion } from '../domain/minutes';
import type { MinutesDocument } from './minutesDocument';
import { canonicalJson } from '../hashing/canonicalJson';
import { minutesContentHash } from './contentHash';

export type CorrectionResult =
  | { ok: true; frozen: Omit<MinutesVersion, 'id' | 'updatedAt'>; minutes: Minutes }
  | { ok: false; refusal: 'notApproved' | 'reasonMissing' };

/**
 * "Berichtigung": approved minutes are corrected only as a new version. The approved content is
 * frozen (with its hash and the reason for the correction) and stays readable; the minutes get
 * version + 1 and go back to draft, to be circulated and approved again like any minutes.
 */
export function startCorrection(minutes: Minutes, approvedContent: MinutesDocument, reason: string, now: string): CorrectionResult {
  if (minutes.status !== 'approved') return { ok: false, refusal: 'notApproved' };
  if (!reason.trim()) return { ok: false, refusal: 'reasonMissing' };
  const {
    approvedInSittingId: _approvedInSittingId,
    approvedOn: _approvedOn,
    contentHash: _contentHash,
    circulatedAt: _circulatedAt,
    ...rest
  } = minutes;
  return {
    ok: true,
    frozen: {
      minutesId: minutes.id,
      version: minutes.version,
      reason: reason.trim(),
      // The hash of the content as it is frozen; equals the approval hash unless the data
      // underneath changed after approval (then both are kept: the version says what it holds).
      contentHash: minutesContentHash(approvedContent),
      content: canonicalJson({ document: approvedContent, approval: approvalRecord(minutes) }),
      createdAt: now,
    },
    minutes: { ...rest, status: 'draft', version: minutes.version + 1 },
  };
}

export interface ApprovalRecord {
  approvedInSittingId?: string | undefined;
  approvedOn?: string | undefined;
  contentHash?: string | undefined;
}

const approvalRecord = (minutes: Minutes): ApprovalRecord => ({
  approvedInSittingId: minutes.approvedInSittingId,
  approvedOn: minutes.approvedOn,
  contentHash: minutes.contentHash,
});

/** Reads a frozen version back. Returns undefined for content this app version cannot read. */
export function readFrozenVersion(version: Pick<MinutesVersion, 'content'>): { document: MinutesDocument; approval: ApprovalRecord } | undefined {
  try {
    const parsed = JSON.parse(version.content) as { document?: MinutesDocument; approval?: ApprovalRecord };
    if (parsed.document?.formatVersion !== 1) return undefined;
    return { document: parsed.document, approval: parsed.approval ?? {} };
  } catch {
    return undefined;
  }
}
