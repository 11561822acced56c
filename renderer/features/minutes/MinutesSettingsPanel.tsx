import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../../shared/domain/settings';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages, useErrorText } from '../../app/i18n/useMessages';
import { readSettings, saveSettings } from '../../db/repositories/settingsRepository';
import { FileInputField } from '../../app/components/FileInputField';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];
const LOGO_MAX_BYTES = 300 * 1024;

/** The agenda template as text: one item per line, blank lines dropped. */
const templateLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Einstellungen › Niederschriften: the agenda template ("Aus Vorlage übernehmen") and the logo in
 * the letterhead of printed documents. Kept apart from the main settings form: it has its own
 * save button and never resets what is being typed there.
 */
export function MinutesSettingsPanel() {
  const db = useDatabase();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  return settings ? <MinutesSettingsForm initial={settings} /> : null;
}

function MinutesSettingsForm({ initial }: { initial: Settings }) {
  const t = useMessages().minutes.settings;
  const errorText = useErrorText();
  const db = useDatabase();
  const templateId = useId();
  const logoId = useId();
  const [template, setTemplate] = useState(initial.agendaTemplate.join('\n'));
  const [logo, setLogo] = useState<string | undefined>(initial.logoDataUrl);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // Changes from elsewhere (another PC) show up unless something is being edited here.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    if (!dirty) {
      setTemplate(initial.agendaTemplate.join('\n'));
      setLogo(initial.logoDataUrl);
    }
  }

  const chooseLogo = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) {
      setMessage({ kind: 'error', text: t.logoWrongType });
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setMessage({ kind: 'error', text: t.logoTooLarge });
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      setLogo(String(reader.result));
      setDirty(true);
      setMessage(null);
    };
    reader.onerror = () => setMessage({ kind: 'error', text: t.logoUnreadable });
    reader.readAsDataURL(file);
  };

  const save = async () => {
    try {
      await saveSettings(db, { agendaTemplate: templateLines(template), logoDataUrl: logo });
      setDirty(false);
      setMessage({ kind: 'saved', text: t.saved });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <form
      className="panel form"
      aria-labelledby={`${templateId}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={`${templateId}-heading`}>{t.heading}</h2>
      <div className="field">
        <label htmlFor={templateId}>{t.template}</label>
        <textarea
          id={templateId}
          rows={9}
          value={template}
          aria-describedby={`${templateId}-hint`}
          onChange={(e) => {
            setTemplate(e.target.value);
            setDirty(true);
          }}
        />
        <p id={`${templateId}-hint`} className="field-hint">
          {t.templateHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={logoId}>{t.logo}</label>
        <FileInputField id={logoId} inputRef={fileRef} buttonLabel={t.logoButton} accept={LOGO_TYPES.join(',')} onChange={chooseLogo} describedBy={`${logoId}-hint`} />
        <p id={`${logoId}-hint`} className="field-hint">
          {t.logoHint}
        </p>
        {logo && (
          <div className="toolbar">
            <img src={logo} alt={t.logoPreview} style={{ maxHeight: '4rem', maxWidth: '12rem' }} />
            <button
              type="button"
              className="button small"
              onClick={() => {
                setLogo(undefined);
                setDirty(true);
                if (fileRef.current) fileRef.current.value = '';
              }}
            >
              {t.removeLogo}
            </button>
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary">
          {t.save}
        </button>
        {message?.kind === 'error' ? (
          <span role="alert" className="error-text">
            {message.text}
          </span>
        ) : (
          <span aria-live="polite" className="muted">
            {message && !dirty ? message.text : ''}
          </span>
        )}
      </div>
    </form>
  );
}
