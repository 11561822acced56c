import type { Messages } from '../../../app/i18n/catalog';
import type { PrintDocumentRequest } from '../../../platform/platformBridge';

/**
 * What the PDF export asks the platform for: the print route and a file name. The document itself
 * carries its footer (short checksum, page count), title and metadata (MinutesPrintDocument.tsx).
 * The Chromium tests build the same request.
 */
export function minutesPrintRequest(
  t: Messages['minutes']['print'],
  input: { sittingId: string; sittingDate: string; version: number; contentHash?: string | undefined; frozenVersion?: number; publicVersion?: boolean },
): PrintDocumentRequest {
  const query = [input.frozenVersion ? `version=${input.frozenVersion}` : '', input.publicVersion ? 'public=1' : ''].filter(Boolean).join('&');
  const route = `/print/minutes/${input.sittingId}${query ? `?${query}` : ''}`;
  const versionPart = input.version > 1 ? `-${t.footerVersion(input.version).replace(/\s+/g, '-')}` : '';
  const publicPart = input.publicVersion ? `-${t.footerPublic.replace(/\s+/g, '-')}` : '';
  return { route, suggestedName: `${t.fileName(input.sittingDate)}${versionPart}${publicPart}.pdf` };
}
