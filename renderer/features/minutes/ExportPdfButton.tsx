import { useState } from 'react';
import type { Minutes } from '../../../shared/domain/minutes';
import { useErrorText, useMessages } from '../../app/i18n/useMessages';
import { platform } from '../../platform/platform';
import { minutesPrintRequest } from './print/minutesPdfFooter';

/** "Als PDF exportieren": Electron prints the route in a hidden window and asks where to save; web mode opens the print dialog. */
export function ExportPdfButton({
  sittingId,
  sittingDate,
  minutes,
  frozen,
  label,
  publicVersion = false,
}: {
  sittingId: string;
  sittingDate: string;
  minutes: Pick<Minutes, 'version' | 'status' | 'contentHash'>;
  frozen?: { version: number; contentHash: string };
  label?: string;
  /** "Öffentliche Fassung": without the non-public part. */
  publicVersion?: boolean;
}) {
  const t = useMessages().minutes;
  const errorText = useErrorText();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done'; where: string } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const exportPdf = async () => {
    setState({ kind: 'busy' });
    try {
      const request = minutesPrintRequest(t.print, {
        sittingId,
        sittingDate,
        version: frozen?.version ?? minutes.version,
        contentHash: frozen?.contentHash ?? (minutes.status === 'approved' ? minutes.contentHash : undefined),
        ...(frozen ? { frozenVersion: frozen.version } : {}),
        publicVersion,
      });
      const result = await platform().printDocument(request);
      setState(result ? { kind: 'done', where: result.savedAs } : { kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', message: errorText(error) });
    }
  };
  return (
    <div className="mn-export-pdf">
      <button type="button" className="button" onClick={() => void exportPdf()} disabled={state.kind === 'busy'}>
        {label ?? t.page.exportPdf}
      </button>
      <span role="status" className={state.kind === 'failed' ? 'error-text' : 'muted'}>
        {state.kind === 'busy' ? t.page.exporting : state.kind === 'done' ? t.page.exported(state.where) : state.kind === 'failed' ? t.page.exportFailed(state.message) : ''}
      </span>
    </div>
  );
}
