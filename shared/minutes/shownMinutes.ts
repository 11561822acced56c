import type { Minutes } from '../domain/minutes';
import type { Settings } from '../domain/settings';
import { minutesContentHash } from './contentHash';
import { changesSinceApproval, type ApprovalChange } from './changesSinceApproval';
import { readFrozenMinutes, type FrozenPrintSettings } from './frozenMinutes';
import type { MinutesDocument } from './minutesDocument';

/** Which text the screen and the print show for the current version of a sitting's minutes. */
export interface ShownMinutes {
  document: MinutesDocument;
  /** The letterhead and print settings of the day of approval; undefined: the live settings. */
  print?: FrozenPrintSettings | undefined;
  /**
   * 'live': built from the rows now (drafts, circulated minutes). 'frozen': the document frozen at
   * approval. 'unfrozen': approved before documents were frozen (or by a newer app version whose
   * frozen document this one cannot read): the rows now, checked against the hash as before.
   */
  source: 'live' | 'frozen' | 'unfrozen';
  /** Approved minutes: the shown document still has the approved content hash. */
  hashMatches: boolean;
  /** Frozen approved minutes: where the live data would print something else now. */
  changes: ApprovalChange[];
}

/**
 * The rule: drafts and circulated minutes are live; approved minutes are shown and printed from the
 * document frozen at approval, whatever changed underneath since, and the hash is checked against it.
 */
export function shownMinutes(minutes: Minutes, live: MinutesDocument, liveSettings: Settings): ShownMinutes {
  if (minutes.status !== 'approved') return { document: live, source: 'live', hashMatches: true, changes: [] };
  const frozen = readFrozenMinutes(minutes.approvedDocument);
  if (!frozen) return { document: live, source: 'unfrozen', hashMatches: minutes.contentHash === minutesContentHash(live), changes: [] };
  return {
    document: frozen.document,
    print: frozen.print,
    source: 'frozen',
    hashMatches: minutes.contentHash === minutesContentHash(frozen.document),
    changes: changesSinceApproval(frozen, live, liveSettings),
  };
}
