import { useState, type ReactNode } from 'react';
import { useMessages, useErrorText } from '../../app/i18n/useMessages';
import type { DeletedRows, DeletionPreview } from '../../db/repositories/memberDeletionRepository';
import { ConfirmDialog } from '../../app/components/ConfirmDialog';
import { useMembersUi } from './membersUiState';

interface DeletionRequest {
  preview: () => Promise<DeletionPreview>;
  title: string;
  body: (rows: DeletedRows) => string;
  remove: () => Promise<DeletedRows>;
  doneText: string;
  /** Where to go after deleting (the deleted page itself is gone). */
  after?: () => void;
}

/**
 * Deleting from the register, the same way everywhere: a refusal is explained (one button); an
 * allowed deletion asks first, then runs and offers "Rückgängig" in the screen's message line.
 */
export function useDeletion(): { ask: (request: DeletionRequest) => Promise<void>; dialog: ReactNode } {
  const t = useMessages().members.confirm;
  const errorText = useErrorText();
  const { showNotice } = useMembersUi();
  const [state, setState] = useState<
    { kind: 'refused'; text: string } | { kind: 'confirm'; request: DeletionRequest; rows: DeletedRows } | null
  >(null);

  const ask = async (request: DeletionRequest) => {
    const preview = await request.preview();
    if (preview.refusal !== undefined) setState({ kind: 'refused', text: errorText(new Error(preview.refusal)) });
    else setState({ kind: 'confirm', request, rows: preview.rows });
  };

  const confirm = async () => {
    if (state?.kind !== 'confirm') return;
    const { request } = state;
    setState(null);
    try {
      const rows = await request.remove();
      showNotice({ kind: 'undo', text: request.doneText, rows });
      request.after?.();
    } catch (error) {
      setState({ kind: 'refused', text: errorText(error) });
    }
  };

  const dialog =
    state?.kind === 'refused' ? (
      <ConfirmDialog title={t.refusedTitle} body={state.text} confirmLabel={t.ok} onConfirm={() => setState(null)} onCancel={() => setState(null)} />
    ) : state?.kind === 'confirm' ? (
      <ConfirmDialog
        title={state.request.title}
        body={state.request.body(state.rows)}
        confirmLabel={t.delete}
        cancelLabel={t.cancel}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setState(null)}
      />
    ) : null;

  return { ask, dialog };
}
