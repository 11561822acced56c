import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** The renderer's origin in the desktop app: app://konvent (a privileged standard scheme, never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'konvent';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The app's page for a hash route, e.g. appUrl('/print/minutes/01J…'). */
export function appUrl(hashPath = '/'): string {
  return `${APP_ORIGIN}/index.html#${hashPath}`;
}

/** True for a URL of our own renderer (scheme and host; the path does not matter). */
export function isAppUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Maps an app:// request to a file below the renderer's build folder, or null. A request can
 * never reach outside that folder: not with "..", encoded or not, not with backslashes, and not
 * through a symbolic link inside the folder that points elsewhere.
 */
export async function resolveAppFile(root: string, requestUrl: string): Promise<string | null> {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const realRoot = await realpath(root);
  const candidate = path.resolve(realRoot, `.${path.posix.normalize(pathname)}`);
  if (!isInside(realRoot, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!isInside(realRoot, real) || !(await stat(real)).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The response for an app:// request: the file with its type and the app's CSP, or 404. */
export async function serveAppRequest(root: string, requestUrl: string, contentSecurityPolicy: string): Promise<Response> {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  const file = await resolveAppFile(root, requestUrl);
  if (!file) return new Response('Nicht gefunden', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  const body = await readFile(file);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...headers, 'Content-Type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' },
  });
}
