import { timeSlicer, type TimeSlicer } from './timeSlices';
import { joinBytes } from './joinBytes';

/**
 * @public gzip through the Compression Streams API (a web standard in Chromium and in Node 20), in
 * one piece: tests and the benchmark's floor use it; the app packs backups with `gzipPieces`. A
 * truncated or corrupted stream rejects, which is how a damaged backup file is detected early.
 */
export async function gzip(data: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(data, new CompressionStream('gzip'));
}

/**
 * gzip of the concatenation of `pieces`, fed in one piece at a time with a pause whenever a slice
 * of work is used up: the compressor works on the window's thread, and one piece is a short task.
 */
export async function gzipPieces(pieces: readonly Uint8Array[], slicer: TimeSlicer = timeSlicer()): Promise<Uint8Array> {
  const transform = new CompressionStream('gzip');
  const writer = transform.writable.getWriter();
  const written = (async () => {
    for (const piece of pieces) {
      await writer.ready;
      await writer.write(piece as Uint8Array<ArrayBuffer>);
      if (slicer.due()) await slicer.pause();
    }
    await writer.close();
  })();
  written.catch(() => undefined);
  const result = await readAll(transform.readable);
  await written;
  return result;
}

/** @public Unbounded unpacking, for tests that build and inspect backup files (the app reads with gunzipText). */
export async function gunzip(data: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(data, new DecompressionStream('gzip'));
}

const INPUT_SLICE = 16 * 1024;

/** The unpacked content of a file is larger than the limit: reading stopped there. */
export class UnpackedTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes unpacked`);
    this.name = 'UnpackedTooLargeError';
  }
}

/**
 * Unpacks gzip to UTF-8 text, chunk by chunk, and stops as soon as more than `maxBytes` came
 * out: a small file that unpacks to gigabytes (a "gzip bomb") costs at most `maxBytes` of memory
 * and is refused with UnpackedTooLargeError. Each chunk is decoded to text at once, so the bytes
 * are never held twice. Invalid UTF-8 and damaged streams reject.
 */
export async function gunzipText(data: Uint8Array, maxBytes: number): Promise<string> {
  const transform = new DecompressionStream('gzip');
  const writer = transform.writable.getWriter();
  let stopped = false;
  // The input goes in small slices, each after the previous one was taken: a decompressor may
  // unpack a whole input chunk at once, and one slice of 16 KiB unpacks to at most ~16 MiB.
  const written = (async () => {
    for (let offset = 0; offset < data.length && !stopped; offset += INPUT_SLICE) {
      await writer.ready;
      await writer.write(data.subarray(offset, offset + INPUT_SLICE) as Uint8Array<ArrayBuffer>);
    }
    if (!stopped) await writer.close();
  })();
  // The writer fails as well when the reader is cancelled; that is handled below.
  written.catch(() => undefined);
  const reader = transform.readable.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      stopped = true;
      await reader.cancel().catch(() => undefined);
      throw new UnpackedTooLargeError(maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  await written;
  parts.push(decoder.decode());
  return parts.join('');
}

async function pipeThrough(data: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Write and close without awaiting first: the readable side must be drained at the same time.
  const written = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  try {
    const result = await readAll(transform.readable);
    await written;
    return result;
  } catch (error) {
    written.catch(() => undefined);
    throw error;
  }
}

async function readAll(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return joinBytes(chunks);
}
