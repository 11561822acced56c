import type { Messages } from '../../../app/i18n/catalog';
import { formatDateNumeric } from '../../../app/format/dates';
import type { PrintDocumentRequest } from '../../../platform/platformBridge';

/**
 * What the PDF export asks the platform for: the print route, a file name and the footer of
 * every page (left: which minutes and which version; right: the content hash of approved minutes,
 * then "Seite x von y" from the shared page spec). The Chromium tests build the same request.
 */
export function minutesPrintRequest(
  t: Messages['minutes']['print'],
  input: { sittingId: string; sittingDate: string; version: number; contentHash?: string | undefined; frozenVersion?: number },
): PrintDocumentRequest {
  const route = `/print/minutes/${input.sittingId}${input.frozenVersion ? `?version=${input.frozenVersion}` : ''}`;
  const versionPart = input.version > 1 ? `, ${t.footerVersion(input.version)}` : '';
  return {
    route,
    suggestedName: `${t.fileName(input.sittingDate)}${input.version > 1 ? `-${t.footerVersion(input.version).replace(/\s+/g, '-')}` : ''}.pdf`,
    footerLeft: `${t.footer(formatDateNumeric(input.sittingDate))}${versionPart}`,
    ...(input.contentHash ? { footerRight: t.footerHash(input.contentHash) } : {}),
  };
}
