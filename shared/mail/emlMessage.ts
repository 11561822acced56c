/**
 * A standard e-mail draft (RFC 5322 with MIME, RFC 2045–2047 and RFC 2231) that Outlook and
 * Thunderbird open as an unsent message (`X-Unsent: 1`). Pure: the same bytes in the renderer
 * (web mode downloads it) and in the main process (desktop writes it and opens the mail program).
 *
 * Written by hand on purpose: the well-kept composers (nodemailer's MailComposer) need Node streams
 * and cannot run in the browser; what a draft needs is small, and tests parse every draft back with
 * a third-party parser (mailparser).
 */

export interface MailAddress {
  /** The display name, e.g. "Landrat Carsten Michaelis"; may contain umlauts. */
  name: string;
  address: string;
}

export interface MailAttachment {
  fileName: string;
  /** e.g. "application/pdf", "text/calendar; method=PUBLISH" (charset is added for text types). */
  contentType: string;
  bytes: Uint8Array;
}

export interface MailDraft {
  from?: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** Plain text, lines separated by "\n". */
  text: string;
  attachments: MailAttachment[];
  /** When the draft was made (ISO instant); goes into the Date header. */
  date: string;
}

const CRLF = '\r\n';
const utf8 = new TextEncoder();

/** Base64 of bytes, wrapped at 76 characters (RFC 2045 §6.8). */
function base64Lines(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  const encoded = btoa(binary);
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join(CRLF);
}

function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/**
 * RFC 2047 encoded words (B encoding, UTF-8), each at most 75 characters, never splitting a
 * character's bytes across two words. Plain ASCII text stays as it is.
 */
function encodeHeaderWords(text: string): string {
  if (isPlainAscii(text)) return text;
  const words: string[] = [];
  let current = '';
  const maxBytes = 45; // 45 bytes → 60 base64 characters + 12 of "=?UTF-8?B??=" = 72 ≤ 75
  for (const char of text) {
    if (utf8.encode(current + char).length > maxBytes) {
      words.push(current);
      current = '';
    }
    current += char;
  }
  if (current) words.push(current);
  return words.map((word) => `=?UTF-8?B?${btoa(String.fromCharCode(...utf8.encode(word)))}?=`).join(`${CRLF} `);
}

/** A display name as a quoted string (ASCII) or encoded words (anything else). */
function formatAddress({ name, address }: MailAddress): string {
  const trimmed = name.replace(/[\r\n]+/g, ' ').trim();
  if (!trimmed) return `<${address}>`;
  if (isPlainAscii(trimmed)) return `"${trimmed.replace(/(["\\])/g, '\\$1')}" <${address}>`;
  return `${encodeHeaderWords(trimmed)} <${address}>`;
}

function addressHeader(field: string, addresses: MailAddress[]): string | null {
  if (addresses.length === 0) return null;
  return `${field}: ${addresses.map(formatAddress).join(`,${CRLF} `)}`;
}

/** RFC 5322 date in UTC, e.g. "Mon, 30 Nov 2026 09:15:00 +0000". */
function rfc5322Date(iso: string): string {
  const date = new Date(iso);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${two(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

/** RFC 2231 parameter value: UTF-8, percent-encoded. */
function rfc2231(value: string): string {
  return `UTF-8''${Array.from(utf8.encode(value), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9!#$&+.^_`|~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('')}`;
}

/** An ASCII stand-in for mail programs that ignore RFC 2231 ("Einladung-Sitzung.pdf"). */
function asciiFileName(fileName: string): string {
  return fileName
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
}

function boundaryFor(draft: MailDraft): string {
  // Deterministic (same draft → same bytes) and never found in base64 or our header text.
  let hash = 0x811c9dc5;
  for (const char of draft.subject + draft.date + draft.text.length) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `----=_Konvent_${hash.toString(16).padStart(8, '0')}_${draft.attachments.length}`;
}

function attachmentPart(attachment: MailAttachment): string {
  const isText = attachment.contentType.startsWith('text/');
  const [mime, ...params] = attachment.contentType.split(';').map((part) => part.trim());
  const typeParams = [...(isText ? ['charset=UTF-8'] : []), ...params, `name="${asciiFileName(attachment.fileName)}"`];
  return [
    `Content-Type: ${mime}; ${typeParams.join('; ')}`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename="${asciiFileName(attachment.fileName)}"; filename*=${rfc2231(attachment.fileName)}`,
    '',
    base64Lines(attachment.bytes),
  ].join(CRLF);
}

/** The draft as the text of an .eml file (CRLF line ends, 7-bit clean). */
export function composeEml(draft: MailDraft): string {
  const boundary = boundaryFor(draft);
  const headers = [
    draft.from ? addressHeader('From', [draft.from]) : null,
    addressHeader('To', draft.to),
    addressHeader('Cc', draft.cc),
    `Subject: ${encodeHeaderWords(draft.subject.replace(/[\r\n]+/g, ' '))}`,
    `Date: ${rfc5322Date(draft.date)}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ].filter((line): line is string => line !== null);

  const textPart = [
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(utf8.encode(draft.text.replace(/\r?\n/g, CRLF))),
  ].join(CRLF);

  const parts = [textPart, ...draft.attachments.map(attachmentPart)];
  return [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.flatMap((part) => [`--${boundary}`, part]),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
