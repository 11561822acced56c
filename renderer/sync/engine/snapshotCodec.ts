import { snapshotSchema, type Snapshot } from '../../../shared/sync/formats';

/**
 * Snapshots are gzip'd JSON. Compression Streams exist in Chromium and in Node 18+, so the same
 * code runs in the app, in web mode and in the Node tests.
 */
async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function encodeSnapshot(snapshot: Snapshot): Promise<Uint8Array> {
  return pipe(new TextEncoder().encode(JSON.stringify(snapshot)), new CompressionStream('gzip'));
}

/** null when the file is not a readable snapshot (cut off, not gzip, wrong shape). */
export async function decodeSnapshot(bytes: Uint8Array): Promise<Snapshot | null> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('gzip')));
    const parsed = snapshotSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
