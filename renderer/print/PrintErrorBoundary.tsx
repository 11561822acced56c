import { Component, type ReactNode } from 'react';
import { PrintProblem } from './PrintProblem';

/**
 * A print document that throws shows its error marked as failed, so the printer reports it instead
 * of waiting for a document that never comes (or saving an empty page).
 */
export class PrintErrorBoundary extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: Error) {
    return { message: `Das Dokument konnte nicht erstellt werden: ${error.message}` };
  }

  override render() {
    return this.state.message ? <PrintProblem message={this.state.message} /> : this.props.children;
  }
}
