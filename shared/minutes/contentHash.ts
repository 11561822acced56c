import { canonicalJsonNfc } from '../hashing/canonicalJson';
import type { MinutesDocument } from './minutesDocument';
import { sha256Hex } from '../hashing/sha256';

/**
 * The content hash of minutes: SHA-256 of the canonical JSON of the document (what is printed:
 * header, attendance lines, items, decisions, action items, reviewed actionItems, version). Workflow
 * data (status, approval date) is not content. Shown in the PDF footer of approved minutes, so a
 * printed copy can be checked against the app.
 */
export function minutesContentHash(document: MinutesDocument): string {
  return sha256Hex(canonicalJsonNfc(document));
}

/** "3f2a 9c01 …": the hash in groups of four, easier to compare by eye on paper. */
export function groupedHash(hash: string): string {
  return hash.replace(/(.{4})(?=.)/g, '$1 ');
}
