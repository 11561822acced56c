import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Field } from '../../app/components/form/Field';
import { useErrorText, useMessages } from '../../app/i18n/useMessages';
import type { SyncConnection } from '../../sync/syncConnection';
import type { SyncFolderRef } from '../../platform/syncFolderAccess';
import { platform } from '../../platform/platform';

/** Not joined yet: name this PC, choose the folder; the first PC creates it, the next ones join. */
export function SetUpPanel({ connection, initialName }: { connection: SyncConnection; initialName: string }) {
  const t = useMessages().sync;
  const errorText = useErrorText();
  const schema = z.object({ name: z.string().trim().min(1, t.setUp.pcNameRequired).max(100) });
  const { register, handleSubmit, formState, getValues } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { name: initialName },
    shouldFocusError: true,
  });
  const [pending, setPending] = useState<SyncFolderRef | null>(null);
  const [message, setMessage] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const canChoose = platform().kind === 'electron' || typeof (window as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';

  const join = async (ref: SyncFolderRef, confirmNonEmpty: boolean) => {
    setBusy(true);
    setMessage(t.setUp.joining);
    try {
      const outcome = await connection.join(ref, getValues('name'), confirmNonEmpty);
      if (outcome.kind === 'needsConfirmation') {
        setPending(ref);
        setMessage('');
      } else if (outcome.kind === 'paused') {
        setPending(null);
        setMessage(outcome.reason === 'newerFormat' ? t.pause.newerFormat(outcome.detail ?? '?') : t.pause[outcome.reason]);
      } else {
        setPending(null);
        setMessage(outcome.created ? t.setUp.created : t.setUp.joined);
      }
    } catch (error) {
      setMessage(t.status.failed(errorText(error)));
    } finally {
      setBusy(false);
    }
  };

  const onChoose = handleSubmit(async () => {
    const ref = await connection.choose(t.setUp.chooseTitle);
    if (ref) await join(ref, false);
  });

  return (
    <div className="panel sync-setup">
      <h2>{t.setUp.heading}</h2>
      <p className="lead">{t.intro}</p>
      <form onSubmit={onChoose} noValidate className="form">
        <Field label={t.setUp.pcName} error={formState.errors.name} hint={t.setUp.pcNameHint}>
          <input type="text" autoComplete="off" {...register('name')} />
        </Field>
        <p className="notice">{t.setUp.cloudHint}</p>
        {!canChoose && <p className="notice warn">{t.setUp.notAvailable}</p>}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy || !canChoose}>
            {t.setUp.choose}
          </button>
          <span role="status" className="muted">
            {message}
          </span>
        </div>
      </form>
      {pending && (
        <div className="notice warn" role="alert">
          <h3>{t.setUp.notEmptyTitle}</h3>
          <p>{t.setUp.notEmptyBody(pending.label)}</p>
          <div className="toolbar">
            <button type="button" className="button primary" disabled={busy} onClick={() => void join(pending, true)}>
              {t.setUp.notEmptyConfirm}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void onChoose()}>
              {t.setUp.chooseOther}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
