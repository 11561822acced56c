import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/hashing/sha256';
import { sha256HexAsync } from '../../../../shared/hashing/sha256Async';

describe('SHA-256 through WebCrypto', () => {
  it('gives the same hex as the plain hash, for text with umlauts and for bytes', async () => {
    const text = `Fachkräftekonferenz – Straße ${'x'.repeat(100_000)}`;
    expect(await sha256HexAsync(text)).toBe(sha256Hex(text));
    expect(await sha256HexAsync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect(await sha256HexAsync(bytes)).toBe(sha256Hex(bytes));
  });
});
