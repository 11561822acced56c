import { Component, type ReactNode } from 'react';
import { useErrorText, useMessages } from '../app/i18n/useMessages';
import { PrintProblem } from './PrintProblem';

/**
 * A print document that throws shows its error marked as failed, so the printer reports it instead
 * of waiting for a document that never comes (or saving an empty page). The text is in the UI language.
 */
export class PrintErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error(String(error)) };
  }

  override render() {
    return this.state.error !== undefined ? <PrintFailure error={this.state.error} /> : this.props.children;
  }
}

function PrintFailure({ error }: { error: unknown }) {
  const t = useMessages().common.print;
  const errorText = useErrorText();
  return <PrintProblem message={t.failed(errorText(error))} />;
}

/** A print route naming a document Konvent does not have. */
export function UnknownPrintDocument({ name }: { name: string }) {
  const t = useMessages().common.print;
  return <PrintProblem message={t.unknownDocument(name)} />;
}
