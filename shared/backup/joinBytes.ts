import { timeSlicer, type TimeSlicer } from './timeSlices';

/** The pieces as one buffer (what WebCrypto hashes, what a stream read gives), copied a few at a time between pauses. */
export async function joinBytes(pieces: readonly Uint8Array[], slicer: TimeSlicer = timeSlicer()): Promise<Uint8Array> {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.length;
    if (slicer.due()) await slicer.pause();
  }
  return joined;
}
