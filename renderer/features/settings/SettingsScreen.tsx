import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../../shared/domain/settings';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages } from '../../app/i18n/useMessages';
import { Field } from '../../app/components/form/Field';
import { readSettings, saveSettings } from '../../db/repositories/settingsRepository';
import { requestPersistentStorage, type PersistenceState } from '../../app/persistentStorage';
import { platform } from '../../platform/platform';
import type { AppInfo } from '../../platform/platformBridge';
import { BackupPanel, MinutesSettingsPanel } from '../../app/settingsPanels';
import { OfficeSettingsFields, type OfficeFormValues } from './OfficeSettingsFields';

const formSchema = settingsSchema.pick({
  conventName: true,
  letterhead: true,
  noticePeriodDays: true,
  quorumRule: true,
  language: true,
  signatureMembers: true,
  officeName: true,
  officeStreet: true,
  officePostalCode: true,
  officeCity: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  signerName: true,
  signerFunction: true,
  signerOnBehalf: true,
});
type FormValues = z.infer<typeof formSchema>;

function SettingsForm({ initial, saved, onSaved }: { initial: Settings; saved: boolean; onSaved: () => void }) {
  const t = useMessages().settings;
  const common = useMessages().common;
  const db = useDatabase();
  const { register, handleSubmit, formState, reset } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: initial,
    shouldFocusError: true,
  });

  // The settings row is shared with other panels (Niederschriften, Sicherung) and with other PCs
  // through sync: their saves show up here, but never overwrite a field the user is editing.
  useEffect(() => {
    reset(initial, { keepDirtyValues: true });
  }, [initial, reset]);

  const onSubmit = handleSubmit(async (values) => {
    const saved = await saveSettings(db, values);
    reset(saved);
    onSaved();
  });

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate>
      <Field label={t.language} hint={t.languageHint}>
        <select
          {...register('language', {
            // The language applies at once (the whole UI switches); nothing else of the form is saved.
            onChange: (event: { target: { value: Settings['language'] } }) => void saveSettings(db, { language: event.target.value }),
          })}
        >
          <option value="de">{t.languageDe}</option>
          <option value="en">{t.languageEn}</option>
        </select>
      </Field>
      <Field label={t.conventName} error={formState.errors.conventName}>
        <input type="text" {...register('conventName')} />
      </Field>
      <Field label={t.letterhead} error={formState.errors.letterhead}>
        <input type="text" {...register('letterhead')} />
      </Field>
      <Field label={t.noticePeriod} error={formState.errors.noticePeriodDays}>
        <input type="number" min={0} max={90} {...register('noticePeriodDays', { valueAsNumber: true })} />
      </Field>
      <Field label={t.quorumRule}>
        <select {...register('quorumRule')}>
          <option value="majorityOfMembers">{t.quorumMajority}</option>
          <option value="allTerritories">{t.quorumAllTerritories}</option>
        </select>
      </Field>
      <Field label={t.signatureMembers} error={formState.errors.signatureMembers}>
        <select {...register('signatureMembers', { valueAsNumber: true })}>
          <option value={0}>0</option>
          <option value={1}>1</option>
          <option value={2}>2</option>
        </select>
      </Field>
      <OfficeSettingsFields register={register as unknown as UseFormRegister<OfficeFormValues>} errors={formState.errors} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={formState.isSubmitting}>
          {common.actions.save}
        </button>
        <span role="status" className="muted">
          {saved && !formState.isDirty ? t.saved : ''}
        </span>
      </div>
    </form>
  );
}

export default function SettingsScreen() {
  const t = useMessages().settings;
  const db = useDatabase();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const [persistence, setPersistence] = useState<PersistenceState>('unknown');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void requestPersistentStorage().then(setPersistence);
    void platform().appInfo().then(setInfo);
  }, []);

  return (
    <section>
      <h1>{t.title}</h1>
      {settings && <SettingsForm initial={settings} saved={saved} onSaved={() => setSaved(true)} />}
      <MinutesSettingsPanel />
      <div className="panel">
        <h2>{t.storage}</h2>
        <p data-testid="storage-state">
          {persistence === 'persisted' ? t.storagePersisted : persistence === 'refused' ? t.storageNotPersisted : t.storageUnknown}
        </p>
        <h2>{t.appInfo}</h2>
        <p>{info ? t.version(info.version, info.platform) : ''}</p>
      </div>
      <BackupPanel />
    </section>
  );
}
