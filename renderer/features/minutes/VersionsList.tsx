import { useState } from 'react';
import type { Language } from '../../../shared/domain/settings';
import { readFrozenVersion } from '../../../shared/minutes/corrections';
import { useMessages } from '../../app/i18n/useMessages';
import { loadCatalog } from '../../app/i18n/catalog';
import { formatInstant } from '../../app/format/dates';
import { MinutesDocumentView } from './print/MinutesDocumentView';
import { ExportPdfButton } from './ExportPdfButton';
import type { SittingMinutes } from './useSittingMinutes';
import '../../print/print.css';
import './print/minutesPrint.css';

/** Earlier, frozen versions (before a Berichtigung): each readable in full and exportable as PDF. */
export function VersionsList({ data }: { data: SittingMinutes }) {
  const t = useMessages().minutes.approval;
  const [shown, setShown] = useState<number | null>(null);
  // A version frozen in another language than the UI's is shown once its catalog is loaded.
  const showVersion = async (version: number | null, language: Language | undefined) => {
    if (version !== null && language) await loadCatalog(language).catch(() => undefined);
    setShown(version);
  };
  return (
    <div className="panel">
      <h2>{t.versionsHeading}</h2>
      <ul className="plain-list mn-versions">
        {data.versions.map((version) => {
          const frozen = readFrozenVersion(version);
          const open = shown === version.version;
          const approvingDate = data.sittings.find((s) => s.id === frozen?.approval.approvedInSittingId)?.date;
          return (
            <li key={version.id}>
              <div className="mn-version-head">
                <div>
                  <strong>{t.versionTitle(version.version)}</strong> <span className="muted">· {t.versionFrozen(formatInstant(version.createdAt))}</span>
                  <span className="block">{t.versionReason(version.reason)}</span>
                  <span className="block muted mn-hash">{version.contentHash}</span>
                </div>
                <div className="toolbar">
                  <button type="button" className="button small" aria-expanded={open} onClick={() => void showVersion(open ? null : version.version, frozen?.print?.language)}>
                    {open ? t.hide : t.show}
                  </button>
                  <ExportPdfButton
                    sittingId={data.sitting.id}
                    sittingDate={data.sitting.date}
                    minutes={data.minutes}
                    frozen={{ version: version.version, contentHash: version.contentHash }}
                    label={t.exportVersion}
                  />
                </div>
              </div>
              {open &&
                (frozen ? (
                  <div className="mn-version-preview print-page minutes-print">
                    <MinutesDocumentView
                      document={frozen.document}
                      settings={data.settings}
                      print={frozen.print}
                      state={{
                        status: 'approved',
                        frozen: true,
                        approvedInSittingDate: approvingDate,
                        approvedOn: frozen.approval.approvedOn,
                        contentHash: version.contentHash,
                        correctionReason: data.versions.find((v) => v.version === version.version - 1)?.reason,
                      }}
                    />
                  </div>
                ) : (
                  <p className="notice warn">{t.unreadable}</p>
                ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
