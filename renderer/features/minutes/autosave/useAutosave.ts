import { useCallback, useEffect, useRef, useState } from 'react';
import { clearUnsaved, readUnsaved, writeUnsaved } from './unsavedJournal';
import { registerPending, unregisterPending } from './pendingSaves';

export type AutosaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Autosave for one field: the value is saved shortly after typing stops, at once on blur and when
 * the window is hidden or closed, and kept in a synchronous journal meanwhile, so closing or
 * reloading never loses what was typed. A value that could not be saved (invalid, locked) stays
 * in the field with its error; nothing half-written reaches the database.
 */
export function useAutosave<T>({
  key,
  stored,
  save,
  delayMs = 600,
  readOnly = false,
}: {
  /** Unique per row and field, e.g. "agendaItems.<id>.notes". */
  key: string;
  /** The value in the database (live). */
  stored: T;
  save: (value: T) => Promise<unknown>;
  delayMs?: number;
  readOnly?: boolean;
}) {
  const [draft, setDraftState] = useState<T>(() => {
    const unsaved = readOnly ? undefined : readUnsaved(key);
    return unsaved && !same(unsaved.value, stored) ? (unsaved.value as T) : stored;
  });
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const draftRef = useRef(draft);
  const dirtyRef = useRef(!same(draft, stored));
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  const inFlightRef = useRef<Promise<void> | undefined>(undefined);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Starts the write synchronously when nothing is in flight, so a window that is closing gets
  // its IndexedDB request issued inside the pagehide/beforeunload handler itself.
  const flush = useCallback((): Promise<void> => {
    const write = (): Promise<void> => {
      clearTimeout(timerRef.current);
      timerRef.current = undefined;
      if (!dirtyRef.current) return Promise.resolve();
      if (inFlightRef.current) return inFlightRef.current.then(write);
      const value = draftRef.current;
      setState({ kind: 'saving' });
      const run = (async () => {
        try {
          await saveRef.current(value);
          if (same(draftRef.current, value)) {
            dirtyRef.current = false;
            unregisterPending(key);
          }
          clearUnsaved(key, value);
          setState({ kind: 'saved' });
        } catch (error) {
          setState({ kind: 'error', error });
        } finally {
          inFlightRef.current = undefined;
        }
      })();
      inFlightRef.current = run;
      return run;
    };
    return write();
  }, [key]);

  const setDraft = useCallback(
    (value: T) => {
      draftRef.current = value;
      setDraftState(value);
      dirtyRef.current = true;
      writeUnsaved(key, value);
      registerPending(key, flush);
      clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void flush(), delayMs);
    },
    [key, flush, delayMs],
  );

  // A recovered value from the journal is saved right away.
  useEffect(() => {
    if (dirtyRef.current && !readOnly) {
      registerPending(key, flush);
      void flush();
    }
  }, [key, flush, readOnly]);

  // Changes from elsewhere (another field, another PC through sync) show up when nothing is pending here.
  useEffect(() => {
    if (!dirtyRef.current && !same(draftRef.current, stored)) {
      draftRef.current = stored;
      setDraftState(stored);
    }
  }, [stored]);

  // Leaving the screen writes what is pending.
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { draft, setDraft, flush, state };
}
