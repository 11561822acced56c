import type { Minutes } from '../domain/minutes';
import { languages, type Language, type Settings } from '../domain/settings';
import { canonicalJsonNfc } from '../hashing/canonicalJson';
import type { MinutesDocument } from './minutesDocument';

/**
 * Frozen minutes: a document exactly as it was approved, stored as JSON text. The one freezer for
 * both places that keep a signed text: the approved current version (minutes.approvedDocument,
 * written at approval) and an earlier version replaced by a correction (minutesVersions.content).
 * Printing frozen minutes never reads persons, memberships, attendance or settings again, so a later
 * change there (a deputy's function, the letterhead, an edit arriving by sync) cannot alter them.
 */
export interface FrozenMinutes {
  /** The document the content hash is computed from (contentHash.ts). */
  document: MinutesDocument;
  approval: ApprovalRecord;
  /** What the print shows beyond the content, as of approval. Absent in versions frozen before it was kept. */
  print?: FrozenPrintSettings | undefined;
}

export interface ApprovalRecord {
  approvedInSittingId?: string | undefined;
  approvedOn?: string | undefined;
  contentHash?: string | undefined;
}

/** The settings a printed Niederschrift shows: letterhead, logo, signature lines, language. */
export type FrozenPrintSettings = Pick<Settings, 'conventName' | 'letterhead' | 'logoDataUrl' | 'signatureMembers' | 'language'>;

export function printSettingsOf(settings: Settings): FrozenPrintSettings {
  return {
    conventName: settings.conventName,
    letterhead: settings.letterhead,
    logoDataUrl: settings.logoDataUrl,
    signatureMembers: settings.signatureMembers,
    language: settings.language,
  };
}

/** The live settings with the frozen print settings laid over them (none frozen: the live ones). */
export function settingsForPrint(live: Settings, print: FrozenPrintSettings | undefined): Settings {
  // No logo at approval means none in print, even if one was added since.
  return print ? { ...live, ...print, logoDataUrl: print.logoDataUrl } : live;
}

export const approvalRecord = (minutes: Minutes): ApprovalRecord => ({
  approvedInSittingId: minutes.approvedInSittingId,
  approvedOn: minutes.approvedOn,
  contentHash: minutes.contentHash,
});

export function freezeMinutes(frozen: FrozenMinutes): string {
  return canonicalJsonNfc(frozen);
}

/** Reads frozen minutes back. Undefined for nothing, or for content this app version cannot read. */
export function readFrozenMinutes(content: string | undefined): FrozenMinutes | undefined {
  if (!content) return undefined;
  try {
    const parsed = JSON.parse(content) as Partial<FrozenMinutes> | null;
    if (parsed?.document?.formatVersion !== 1) return undefined;
    return { document: parsed.document, approval: parsed.approval ?? {}, print: readablePrint(parsed.print) };
  } catch {
    return undefined;
  }
}

/** Print settings are used only when complete: half a letterhead would be worse than the live one. */
function readablePrint(print: Partial<FrozenPrintSettings> | undefined): FrozenPrintSettings | undefined {
  if (!print || typeof print.conventName !== 'string' || typeof print.letterhead !== 'string') return undefined;
  if (typeof print.signatureMembers !== 'number' || !languages.includes(print.language as Language)) return undefined;
  return print as FrozenPrintSettings;
}

/**
 * The approved minutes with the document they approve frozen in. Called right after the workflow's
 * approve(): the hash it recorded was computed from this same document.
 */
export function withFrozenApproval(approved: Minutes, document: MinutesDocument, settings: Settings): Minutes {
  return { ...approved, approvedDocument: freezeMinutes({ document, print: printSettingsOf(settings), approval: approvalRecord(approved) }) };
}

/**
 * The language a sitting's live minutes document is built in (its attendance words: "vertreten durch"
 * or "represented by"). Drafts and circulated minutes follow the language set in Einstellungen.
 * Approved minutes keep the language they were approved in, so switching the UI language neither
 * rewrites their text nor shows up as "changed since approval"; minutes approved before the language
 * was frozen were approved with the German words (the only ones documents had then).
 */
export function minutesLanguage(minutes: Pick<Minutes, 'status' | 'approvedDocument'> | undefined, settingsLanguage: Language): Language {
  if (minutes?.status !== 'approved') return settingsLanguage;
  return readFrozenMinutes(minutes.approvedDocument)?.print?.language ?? 'de';
}
