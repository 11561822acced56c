import { sha256Hex } from './sha256';

/**
 * SHA-256 as hex through WebCrypto (`crypto.subtle`, a web standard in Chromium, Electron and Node
 * 20): native and off the JavaScript thread, so hashing a large backup does not freeze the window.
 * Falls back to the plain TypeScript hash where WebCrypto is missing. Same result either way.
 */
export async function sha256HexAsync(data: string | Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(data);
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
