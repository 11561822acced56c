/**
 * A broken internal rule of the sync engine (a bug or a tampered database, never a user's input).
 * It carries a code and a technical detail, no sentence: the sync screen words it in the UI
 * language as an unexpected error and shows the code for the report.
 */
export type SyncInvariantCode = 'emptySegment' | 'invalidHlc' | 'foreignHead' | 'outboxGap';

export class SyncInvariantError extends Error {
  constructor(
    readonly code: SyncInvariantCode,
    readonly detail?: string,
  ) {
    super(detail === undefined ? code : `${code}: ${detail}`);
    this.name = 'SyncInvariantError';
  }
}
