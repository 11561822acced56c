import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipBombOfZeros } from '../../support/gzipBomb';

describe('the gzip bomb fixture', () => {
  it('is a valid gzip file: 1 KB per MiB of zeros, checksum and length correct', () => {
    const small = gzipBombOfZeros(1 / 64);
    const unpacked = gunzipSync(small);
    expect(unpacked.length).toBe(16 * 1024 * 1024);
    expect(unpacked.every((b) => b === 0)).toBe(true);
    expect(small.length).toBeLessThan(20 * 1024);
  });
});
