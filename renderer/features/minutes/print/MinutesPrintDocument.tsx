import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { catalogFor, loadCatalog } from '../../../app/i18n/catalog';
import { formatDateNumeric } from '../../../app/format/dates';
import { PrintMetadata } from '../../../print/PrintMetadata';
import { shortHash } from '../../../../shared/print/pageFooter';
import type { PrintDocumentProps } from '../../../print/printDocuments';
import { useDatabase } from '../../../app/DatabaseContext';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { readSettings } from '../../../db/repositories/settingsRepository';
import { loadMinutes } from '../../../db/repositories/minutesSources';
import { readMinutesVersions } from '../../../db/repositories/minutesRepository';
import { readFrozenVersion } from '../../../../shared/minutes/corrections';
import { shownMinutes } from '../../../../shared/minutes/shownMinutes';
import { MinutesDocumentView, minutesTitle, type MinutesPrintState } from './MinutesDocumentView';
import './minutesPrint.css';
import { PrintProblem } from '../../../print/PrintProblem';

/**
 * #/print/minutes/<sittingId>[?version=n][&public=1]: the minutes as printed (current version, or a frozen
 * earlier one). Approved and earlier versions print their frozen document and letterhead
 * (shared/minutes/shownMinutes.ts); drafts print the live rows. Sets data-print-ready once
 * everything is loaded, for printToPDF and page.pdf().
 */
export default function MinutesPrintDocument({ params, query }: PrintDocumentProps) {
  const t = useMessages().minutes.print;
  const db = useDatabase();
  const sittingId = params[0] ?? '';
  const frozenVersion = Number(query.get('version')) || undefined;
  const publicVersion = query.get('public') === '1';
  const uiLanguage = useLanguage();
  const [markDrawn, setMarkDrawn] = useState(false);
  const onDraftMarkReady = useCallback(() => setMarkDrawn(true), []);

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
      if (frozen.print) await loadCatalog(frozen.print.language);
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
    // The document's language may differ from the UI's: its catalog is loaded with the data.
    if (shown.print) await loadCatalog(shown.print.language);
    return { settings, document: shown.document, print: shown.print, state };
  }, [db, sittingId, frozenVersion]);

  if (!data) return <p className="print-page">{t.loading}</p>;
  if ('missing' in data) {
    return <PrintProblem message={t.notFound} />;
  }
  const state = { ...data.state, publicVersion };
  const language = data.print?.language ?? uiLanguage;
  const words = catalogFor(language).minutes.print;
  const date = formatDateNumeric(data.document.sitting.date);
  const approved = state.status === 'approved' || !!state.frozen;
  const title = minutesTitle(words, data.document, date);
  const footer = [
    words.footer(date),
    data.document.version > 1 ? words.footerVersion(data.document.version) : '',
    publicVersion ? words.footerPublic : '',
  ]
    .filter(Boolean)
    .join(', ');
  // A draft is ready once its mark is drawn; approved minutes have none.
  const ready = approved || markDrawn;
  return (
    <article className="print-page minutes-print" data-print-ready={ready ? 'true' : undefined} lang={language}>
      <PrintMetadata
        title={publicVersion ? words.titlePublic(title) : title}
        author={data.print?.conventName ?? data.settings.conventName}
        language={language}
        footer={footer}
        footerRight={approved && state.contentHash && !publicVersion ? words.footerHash(shortHash(state.contentHash)) : undefined}
        archive={approved && !publicVersion}
      />
      <MinutesDocumentView document={data.document} settings={data.settings} state={state} print={data.print} onDraftMarkReady={onDraftMarkReady} />
    </article>
  );
}
