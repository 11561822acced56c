import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';
import { ConfirmDialog } from './ConfirmDialog';

export interface ConfirmQuestion {
  title: string;
  body?: string | undefined;
  /** Defaults to "Löschen" (the usual question is a deletion). */
  confirmLabel?: string | undefined;
}

/**
 * Asks a yes/no question in the app's own modal dialog (not the browser's window.confirm, which
 * shows the page address and blocks the window). Render `dialog` somewhere in the component.
 */
export function useConfirm(): { confirm: (question: ConfirmQuestion) => Promise<boolean>; dialog: ReactNode } {
  const common = useMessages().common;
  const [question, setQuestion] = useState<ConfirmQuestion | null>(null);
  const answer = useRef<(yes: boolean) => void>(() => undefined);

  const confirm = useCallback(
    (next: ConfirmQuestion) =>
      new Promise<boolean>((resolve) => {
        answer.current(false);
        answer.current = resolve;
        setQuestion(next);
      }),
    [],
  );
  const close = (yes: boolean) => {
    setQuestion(null);
    answer.current(yes);
    answer.current = () => undefined;
  };

  const dialog = question && (
    <ConfirmDialog
      title={question.title}
      body={question.body}
      confirmLabel={question.confirmLabel ?? common.actions.delete}
      cancelLabel={common.actions.cancel}
      danger
      onConfirm={() => close(true)}
      onCancel={() => close(false)}
    />
  );
  return { confirm, dialog };
}
