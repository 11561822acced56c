import { useSyncExternalStore } from 'react';

/**
 * Hash routing: works under Electron's app:// scheme and in web mode alike, and keeps print
 * routes (#/print/...) addressable for the print engine. A route is the list of path segments.
 */
export interface Route {
  /** Everything after '#': path and query, e.g. "/print/minutes/01J…?version=2". */
  raw: string;
  path: string;
  segments: string[];
  query: URLSearchParams;
  /** A link that cannot be read (e.g. "%E0%A4%A", a broken percent escape): the app shows "Seite nicht gefunden". */
  malformed: boolean;
}

/** decodeURIComponent throws URIError on a broken escape; a typed or pasted link must never do that. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?');
  const decoded = path.split('/').filter(Boolean).map(decodeSegment);
  const malformed = decoded.some((segment) => segment === null);
  // A malformed link gets no segments a screen could act on: it can only be "not found".
  const segments = malformed ? [] : (decoded as string[]);
  return { raw, path, segments, query: new URLSearchParams(search), malformed };
}

const readRoute = (): Route => parseRoute(window.location.hash);

let current = readRoute();
const listeners = new Set<() => void>();
window.addEventListener('hashchange', () => {
  current = readRoute();
  listeners.forEach((l) => l());
});

export function useRoute(): Route {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/** href for a link to an app path: "#/sittings/01J…" */
export const href = (path: string): string => `#${path}`;
