import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A real gzip file that unpacks to `gibibytes` GiB of zeros, built in a moment: one deflate
 * block of 1 MiB zeros ends with a full flush (byte-aligned, no back-references before it), so
 * repeating it is a valid deflate stream. Header, CRC-32 and length make it a complete .gz file
 * (gunzip and 7-Zip accept it). About 1 KB per MiB: 3 GiB are a file of about 3 MB.
 */
export function gzipBombOfZeros(gibibytes: number): Uint8Array {
  const mebibyte = new Uint8Array(1024 * 1024);
  const block = deflateRawSync(mebibyte, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const repeats = gibibytes * 1024;
  let crc = 0;
  for (let i = 0; i < repeats; i += 1) crc = crc32(mebibyte, crc);
  const finalBlock = Uint8Array.of(0x03, 0x00);
  const header = Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x02, 0xff);
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, crc >>> 0, true);
  view.setUint32(4, (repeats * mebibyte.length) % 2 ** 32, true);
  const out = new Uint8Array(header.length + block.length * repeats + finalBlock.length + trailer.length);
  out.set(header, 0);
  let offset = header.length;
  for (let i = 0; i < repeats; i += 1, offset += block.length) out.set(block, offset);
  out.set(finalBlock, offset);
  out.set(trailer, offset + finalBlock.length);
  return out;
}
