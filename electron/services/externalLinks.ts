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
  if (url.protocol === 'mailto:') return isPlainMailto(url);
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    (allowedExternalHosts as readonly string[]).includes(url.hostname)
  );
}

const MAIL_FIELDS = new Set(['subject', 'body']);

/**
 * mailto: with exactly one address and, at most once each, a subject and a body. Anything else
 * a mail program understands (attach=/etc/passwd, bcc=, cc=, several addresses) is refused.
 */
function isPlainMailto(url: URL): boolean {
  let address: string;
  try {
    address = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  if (!/^[^@\s/,;:?&<>"'\\]+@[^@\s/,;:?&<>"'\\]+$/.test(address) || url.hash !== '') return false;
  const seen = new Set<string>();
  for (const key of url.searchParams.keys()) {
    const field = key.toLowerCase();
    if (!MAIL_FIELDS.has(field) || seen.has(field)) return false;
    seen.add(field);
  }
  return true;
}
