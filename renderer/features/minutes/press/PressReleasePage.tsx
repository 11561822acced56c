import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { pressFacts } from '../../../../shared/press/pressFacts';
import { pressReleaseText } from '../../../../shared/press/pressRelease';
import { useConfirm } from '../../../app/components/useConfirm';
import { useDatabase } from '../../../app/DatabaseContext';
import { formatDateLong, formatDateNumeric, todayIso } from '../../../app/format/dates';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { errorText } from '../../../app/i18n/errorText';
import { href } from '../../../app/router';
import { readPressRelease, savePressRelease } from '../../../db/repositories/pressReleaseRepository';
import { platform } from '../../../platform/platform';
import { AutosaveField } from '../../../app/autosave/AutosaveField';
import { flushAllPending } from '../../../app/autosave/pendingSaves';
import { loadPressSources } from './loadPressSources';

/**
 * #/minutes/<sittingId>/press: the press release of a held sitting. A draft is made by rules from
 * the recorded data (shared/press/), then edited here; it saves itself like the minutes and is
 * copied or exported as .txt or .docx.
 */
export function PressReleasePage({ sittingId }: { sittingId: string }) {
  const messages = useMessages();
  const t = messages.press;
  const language = useLanguage();
  const db = useDatabase();
  const { confirm, dialog } = useConfirm();
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'danger' } | null>(null);
  // A new draft replaces the field's content: the field starts afresh from the stored text.
  const [generation, setGeneration] = useState(0);
  const data = useLiveQuery(async () => {
    const sitting = await db.domain('sittings').get(sittingId);
    if (!sitting) return null;
    return { sitting, release: await readPressRelease(db, sittingId) };
  }, [db, sittingId]);

  const back = (
    <p className="back-link">
      <a href={href(`/sittings/${sittingId}`)}>← {t.back}</a>
    </p>
  );
  if (data === undefined) return <p className="muted">{messages.common.loading}</p>;
  if (data === null) {
    return (
      <section>
        {back}
        <p className="notice warn">{t.notFound}</p>
      </section>
    );
  }
  const { sitting, release } = data;
  const date = sitting.date;

  const draft = async () => {
    const sources = await loadPressSources(db, sittingId, todayIso());
    return sources ? pressReleaseText(pressFacts(sources)) : '';
  };
  const create = async () => {
    setMessage(null);
    await savePressRelease(db, sittingId, await draft());
    setGeneration((n) => n + 1);
  };
  const recreate = async () => {
    const yes = await confirm({ title: t.recreateTitle, body: t.recreateBody, confirmLabel: t.recreateConfirm });
    if (yes) await create();
  };
  const run = async (action: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage({ text: await action(), tone: 'ok' });
    } catch (error) {
      setMessage({ text: t.failed(errorText(messages, error)), tone: 'danger' });
    }
  };
  // Export what is typed: every pending save is written first, then the stored text is read.
  const storedText = async () => {
    await flushAllPending();
    return (await readPressRelease(db, sittingId))?.text ?? '';
  };
  const copy = () =>
    run(async () => {
      try {
        await navigator.clipboard.writeText(await storedText());
        return t.copied;
      } catch {
        return t.copyFailed;
      }
    });
  const saveTxt = () =>
    run(async () => {
      const text = (await storedText()).replace(/\r?\n/g, '\r\n');
      const result = await platform().saveFile({
        suggestedName: `${t.fileName(date)}.txt`,
        content: new Blob(['\ufeff', text], { type: 'text/plain;charset=utf-8' }),
        filter: { name: t.txtFilter, extensions: ['txt'], mime: 'text/plain' },
      });
      return result ? t.saved(result.savedAs) : t.cancelled;
    });
  const saveDocx = () =>
    run(async () => {
      const { pressReleaseDocxBlob } = await import('./pressDocx');
      const info = await platform().appInfo();
      const content = await pressReleaseDocxBlob(await storedText(), { title: t.docTitle(formatDateNumeric(date)), creator: `Konvent ${info.version}` });
      const result = await platform().saveFile({
        suggestedName: `${t.fileName(date)}.docx`,
        content,
        filter: { name: t.docxFilter, extensions: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      });
      return result ? t.saved(result.savedAs) : t.cancelled;
    });

  return (
    <section className="press-release">
      {back}
      <h1>{t.heading(formatDateLong(date, language))}</h1>
      {sitting.status !== 'held' && <p className="notice warn">{t.notHeld}</p>}
      <p className="muted">{t.intro}</p>
      {release === undefined ? (
        <div className="toolbar">
          <button type="button" className="button primary" onClick={() => void create()}>
            {t.create}
          </button>
        </div>
      ) : (
        <>
          <AutosaveField key={`${release.id}-${generation}`} saveKey={`pressReleases.${release.id}.text`} label={t.textLabel} value={release.text} multiline rows={24} onSave={(text) => savePressRelease(db, sittingId, text)} />
          <div className="toolbar">
            <button type="button" className="button" onClick={() => void copy()}>
              {t.copy}
            </button>
            <button type="button" className="button" onClick={() => void saveTxt()}>
              {t.saveTxt}
            </button>
            <button type="button" className="button" onClick={() => void saveDocx()}>
              {t.saveDocx}
            </button>
            <button type="button" className="button" onClick={() => void recreate()}>
              {t.recreate}
            </button>
          </div>
        </>
      )}
      <p role="status" className={message?.tone === 'danger' ? 'error-text' : 'muted'}>
        {message?.text ?? ''}
      </p>
      {dialog}
    </section>
  );
}
