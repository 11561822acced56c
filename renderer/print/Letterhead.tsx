import type { Settings } from '../../shared/domain/settings';

/** The convent's letterhead at the top of every printed document. */
export function Letterhead({ settings }: { settings: Settings }) {
  return (
    <header className="letterhead">
      <div>
        <div className="letterhead-name">{settings.conventName}</div>
        <div className="letterhead-sub">{settings.letterhead}</div>
      </div>
      {settings.logoDataUrl && <img className="letterhead-logo" src={settings.logoDataUrl} alt="" />}
    </header>
  );
}
