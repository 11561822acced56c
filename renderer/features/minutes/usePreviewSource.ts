import { useDeferredValue, useEffect, useState } from 'react';

/** From this length on the preview waits for a pause in typing. */
export const LONG_TEXT = 5_000;
export const PREVIEW_PAUSE_MS = 300;

/**
 * The text the live preview shows. Short texts follow every keystroke, as a deferred value (React
 * renders the typing first and skips preview renders that are already outdated). Long texts
 * are shown once typing pauses for 300 ms, so a long text is not parsed and rendered again on
 * every keystroke.
 */
export function usePreviewSource(source: string): string {
  const deferred = useDeferredValue(source);
  const [settled, setSettled] = useState(source);
  const long = source.length >= LONG_TEXT;
  useEffect(() => {
    if (!long) return;
    const timer = setTimeout(() => setSettled(source), PREVIEW_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [source, long]);
  return long ? settled : deferred;
}
