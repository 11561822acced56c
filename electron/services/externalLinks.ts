/**
 * The only addresses the app hands to the system browser or mail program: our own web site and
 * mail links. Everything else a page might try to open is dropped.
 */
export const allowedExternalHosts = ['www.region-chemnitz.de', 'region-chemnitz.de'] as const;

export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return /^[^@\s/]+@[^@\s/]+$/.test(decodeURIComponent(url.pathname));
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    (allowedExternalHosts as readonly string[]).includes(url.hostname)
  );
}
