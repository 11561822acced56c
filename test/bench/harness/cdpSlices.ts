/**
 * Data sent from the bench (Node) to a page goes in slices: one CDP message of several hundred MB
 * closes the browser (the thirty-year folder and rows).
 */
/** About this many characters of JSON per CDP message (one message of several hundred MB closes the browser). */
const SLICE_CHARS = 16_000_000;
const sizeOf = (value: unknown) => JSON.stringify(value).length;

export function* slices<T>(items: readonly T[], maxChars = SLICE_CHARS): Generator<T[]> {
  let part: T[] = [];
  let chars = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (part.length > 0 && chars + size > maxChars) {
      yield part;
      part = [];
      chars = 0;
    }
    part.push(item);
    chars += size;
  }
  if (part.length > 0) yield part;
}

export function* tableSlices(rows: Record<string, unknown[]>, maxChars = SLICE_CHARS): Generator<Record<string, unknown[]>> {
  for (const [table, list] of Object.entries(rows)) for (const part of slices(list, maxChars)) yield { [table]: part };
}

