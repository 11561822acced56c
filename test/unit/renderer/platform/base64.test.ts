import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64 } from '../../../../renderer/platform/base64';

describe('base64 across the Electron bridge', () => {
  it('writes what Node writes and reads it back, also past the 32 KB chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
    const large = new Uint8Array(200_000).map((_, i) => (i * 7) & 0xff);
    expect(Buffer.from(base64ToBytes(bytesToBase64(large))).equals(Buffer.from(large))).toBe(true);
  });
});
