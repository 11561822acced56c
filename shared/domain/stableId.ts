/**
 * A ULID-shaped id derived from a text, the same on every PC. Demo data uses it so that loading the
 * demo twice, or on two PCs that later sync, never duplicates a row.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function stableId(text: string): string {
  // Four independent 32-bit FNV-1a style hashes give 128 bits; the first character stays '0'
  // (a ULID's first character must be 0-7).
  let out = '0';
  for (let round = 0; out.length < 26; round += 1) {
    let h = (0x811c9dc5 ^ (round * 0x9e3779b1)) >>> 0;
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d) >>> 0;
    h ^= h >>> 12;
    for (let k = 0; k < 6 && out.length < 26; k += 1) {
      out += CROCKFORD[(h >>> (k * 5)) & 31];
    }
  }
  return out;
}
