/**
 * SHA-256 as lowercase hex through Web Crypto, which browsers, Electron's renderer and Node 20
 * all provide as the global `crypto` (a web standard, not a DOM or Node API).
 */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
