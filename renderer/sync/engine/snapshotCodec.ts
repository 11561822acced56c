import type { Snapshot } from '../../../shared/sync/formats';
import { readSnapshotShape } from '../../../shared/sync/snapshotShape';

/**
 * Snapshots are gzip'd JSON. Compression Streams exist in Chromium and in Node 18+, so the same
 * code runs in the app, in web mode and in the Node tests.
 */
async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as BufferSource);
      controller.close();
    },
  });
  const reader = source.pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export async function encodeSnapshot(snapshot: Snapshot): Promise<Uint8Array> {
  return pipe(new TextEncoder().encode(JSON.stringify(snapshot)), new CompressionStream('gzip'));
}

/** null when the file is not a readable snapshot (cut off, not gzip, wrong shape). */
export async function decodeSnapshot(bytes: Uint8Array): Promise<Snapshot | null> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('gzip')));
    return readSnapshotShape(JSON.parse(text));
  } catch {
    return null;
  }
}
