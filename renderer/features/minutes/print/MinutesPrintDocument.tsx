import { useLiveQuery } from 'dexie-react-hooks';
import type { PrintDocumentProps } from '../../../print/printDocuments';
import { useDatabase } from '../../../app/DatabaseContext';
import { useMessages } from '../../../app/i18n/useMessages';
import { readSettings } from '../../../db/repositories/settingsRepository';
import { loadMinutes } from '../../../db/repositories/minutesSources';
import { readMinutesVersions } from '../../../db/repositories/minutesRepository';
import { readFrozenVersion } from '../../../../shared/minutes/corrections';
import { shownMinutes } from '../../../../shared/minutes/shownMinutes';
import { MinutesDocumentView, type MinutesPrintState } from './MinutesDocumentView';
import './minutesPrint.css';
import { PrintProblem } from '../../../print/PrintProblem';

/**
 * #/print/minutes/<sittingId>[?version=n]: the minutes as printed (current version, or a frozen
 * earlier one). Approved and earlier versions print their frozen document and letterhead
 * (shared/minutes/shownMinutes.ts); drafts print the live rows. Sets data-print-ready once
 * everything is loaded, for printToPDF and page.pdf().
 */
export default function MinutesPrintDocument({ params, query }: PrintDocumentProps) {
  const t = useMessages().minutes.print;
  const db = useDatabase();
  const sittingId = params[0] ?? '';
  const frozenVersion = Number(query.get('version')) || undefined;

  const data = useLiveQuery(async () => {
    const [settings, loaded] = await Promise.all([readSettings(db), loadMinutes(db, sittingId)]);
    if (!loaded) return { settings, missing: true as const };
    const versions = await readMinutesVersions(db, loaded.minutes.id);
    const dateOf = async (id: string | undefined) => (id ? (await db.domain('sittings').get(id))?.date : undefined);

    if (frozenVersion) {
      const row = versions.find((v) => v.version === frozenVersion);
      const frozen = row && readFrozenVersion(row);
      if (!row || !frozen) return { settings, missing: true as const };
      const state: MinutesPrintState = {
        status: 'approved',
        frozen: true,
        approvedInSittingDate: await dateOf(frozen.approval.approvedInSittingId),
        approvedOn: frozen.approval.approvedOn,
        contentHash: row.contentHash,
        correctionReason: versions.find((v) => v.version === frozenVersion - 1)?.reason,
      };
      return { settings, document: frozen.document, print: frozen.print, state };
    }

    const { minutes } = loaded;
    const shown = shownMinutes(minutes, loaded.document, settings);
    const state: MinutesPrintState = {
      status: minutes.status,
      circulatedAt: minutes.circulatedAt,
      approvedInSittingDate: await dateOf(minutes.approvedInSittingId),
      approvedOn: minutes.approvedOn,
      contentHash: minutes.contentHash,
      hashMismatch: minutes.status === 'approved' && !!minutes.contentHash && !shown.hashMatches,
      correctionReason: versions.find((v) => v.version === minutes.version - 1)?.reason,
    };
    return { settings, document: shown.document, print: shown.print, state };
  }, [db, sittingId, frozenVersion]);

  if (!data) return <p className="print-page">{t.loading}</p>;
  if ('missing' in data) {
    return <PrintProblem message={t.notFound} />;
  }
  return (
    <article className="print-page minutes-print" data-print-ready="true">
      <MinutesDocumentView document={data.document} settings={data.settings} state={data.state} print={data.print} />
    </article>
  );
}
