import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useMessages } from '../../app/i18n/useMessages';

/**
 * A change panel (move, swap, cancel, extra) above the plan: its heading takes focus when it
 * opens, Escape or "Abbrechen" closes it.
 */
export function PanelFrame({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const common = useMessages().common;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section className="panel change-panel" aria-labelledby={id}>
      <div className="change-panel-head">
        <h2 id={id} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button small" onClick={onClose}>
          {common.actions.close}
        </button>
      </div>
      {children}
    </section>
  );
}
