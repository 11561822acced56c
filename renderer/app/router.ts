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
}

function readRoute(): Route {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?');
  return { raw, path, segments: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

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
