import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clearUnsaved, readUnsaved, readUnsavedDurable, writeUnsaved } from './unsavedJournal';
import { registerPending, unregisterPending } from './pendingSaves';

export type AutosaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** How many of this field's own writes are remembered to recognise their echo from the live query. */
const ECHO_MEMORY = 64;

/**
 * Autosave for one field: the value is saved shortly after typing stops, at once on blur and when
 * the window is hidden or closed, and kept in a journal meanwhile (synchronously in localStorage
 * and at once in IndexedDB), so closing, reloading or a crash never loses what was typed. A value
 * that could not be saved (invalid, locked) stays in the field with its error; nothing
 * half-written reaches the database.
 *
 * Who owns the field's value (the design that keeps fast typing from being reverted):
 * - The form owns it while the field is focused, has an edit not yet saved, or a save in flight.
 * - A stored value coming back from the database is compared by VALUE, never by object identity,
 *   against the values this field itself sent. One of those is only the echo of our own write
 *   (possibly a late one, older than what is typed now) and is never taken into the field.
 * - Any other stored value came from elsewhere (another field, another PC through sync). It is
 *   taken only when the field is untouched: not focused, nothing unsaved, nothing in flight. If
 *   it arrives while the field is in use, it is taken on blur if the field is still untouched;
 *   if the user typed meanwhile, their value is saved over it (the last writer wins, as in sync).
 */
export function useAutosave<T>({
  key,
  stored,
  save,
  delayMs = 600,
  readOnly = false,
  equivalent = same,
}: {
  /** Unique per row and field, e.g. "agendaItems.<id>.notes". */
  key: string;
  /** The value in the database (live). May be a new object on every render. */
  stored: T;
  save: (value: T) => Promise<unknown>;
  delayMs?: number;
  readOnly?: boolean;
  /**
   * Whether two values mean the same once stored (votes: "07" and "7"). Used to recognise the echo
   * of our own write, so a value the database normalises is not pushed back into the field.
   * Must be a stable function (module level).
   */
  equivalent?: (a: T, b: T) => boolean;
}) {
  const [draft, setDraftState] = useState<T>(() => {
    const unsaved = readOnly ? undefined : readUnsaved(key);
    return unsaved && !same(unsaved.value, stored) ? (unsaved.value as T) : stored;
  });
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const draftRef = useRef(draft);
  /** The draft holds an edit that is not yet in the database. */
  const dirtyRef = useRef(!same(draft, stored));
  /** The field has the focus: the user is at it. */
  const editingRef = useRef(false);
  /** Values this field sent to the database whose echo has not come back yet (oldest first). */
  const sentRef = useRef<T[]>([]);
  /** A stored value from elsewhere that arrived while the field was in use. */
  const incomingRef = useRef<{ value: T } | undefined>(undefined);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  const inFlightRef = useRef<Promise<void> | undefined>(undefined);
  const storedKey = JSON.stringify(stored);
  const storedRef = useRef(stored);
  // Before the effects below read it.
  useLayoutEffect(() => {
    storedRef.current = stored;
  });
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const untouched = () => !editingRef.current && !dirtyRef.current && !inFlightRef.current;

  /** Takes the waiting value from elsewhere into the field, if the field is (still) untouched. */
  const adoptIncoming = useCallback(() => {
    const incoming = incomingRef.current;
    if (!incoming || !untouched()) return;
    incomingRef.current = undefined;
    if (!same(draftRef.current, incoming.value)) {
      draftRef.current = incoming.value;
      setDraftState(incoming.value);
    }
  }, []);

  // Starts the write synchronously when nothing is in flight, so a window that is closing gets
  // its IndexedDB request issued inside the pagehide/beforeunload handler itself.
  const flush = useCallback((): Promise<void> => {
    const write = (): Promise<void> => {
      clearTimeout(timerRef.current);
      timerRef.current = undefined;
      if (!dirtyRef.current) return Promise.resolve();
      if (inFlightRef.current) return inFlightRef.current.then(write);
      const value = draftRef.current;
      // Our write replaces whatever came from elsewhere meanwhile.
      incomingRef.current = undefined;
      sentRef.current.push(value);
      if (sentRef.current.length > ECHO_MEMORY) sentRef.current.shift();
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
          const index = sentRef.current.lastIndexOf(value);
          if (index >= 0) sentRef.current.splice(index, 1);
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

  // A recovered value from the journal is saved right away. The synchronous copy (localStorage) is
  // in the first render already; the durable copy (IndexedDB, survives a crash of the browser) is
  // read now and taken if the field is still untouched.
  useEffect(() => {
    if (readOnly) return;
    if (dirtyRef.current) {
      registerPending(key, flush);
      void flush();
      return;
    }
    let cancelled = false;
    void readUnsavedDurable(key).then((entry) => {
      if (cancelled || !entry || !untouched() || same(entry.value, storedRef.current)) return;
      setDraft(entry.value as T);
      void flush();
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per field (key)
  }, [key, readOnly]);

  // A stored value coming back: the echo of one of our writes is dropped (with every older one:
  // the live query reports the database in order); anything else came from elsewhere.
  useEffect(() => {
    const value = storedRef.current;
    const echo = sentRef.current.findIndex((sent) => equivalent(sent, value));
    if (echo >= 0) {
      sentRef.current.splice(0, echo + 1);
      return;
    }
    incomingRef.current = equivalent(draftRef.current, value) ? undefined : { value };
    adoptIncoming();
  }, [storedKey, adoptIncoming, equivalent]);

  const onFocus = useCallback(() => {
    editingRef.current = true;
  }, []);

  const onBlur = useCallback(() => {
    editingRef.current = false;
    void flush().then(adoptIncoming);
    adoptIncoming();
  }, [flush, adoptIncoming]);

  // Leaving the screen writes what is pending.
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { draft, setDraft, flush, onFocus, onBlur, state };
}
