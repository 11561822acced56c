/**
 * Text is stored and synced in Unicode NFC (docs/sync-format.md, rule op-nfc): "Müller" typed on a
 * Mac (NFD: u + combining diaeresis) and on Windows (NFC: ü) is one value, never a conflict.
 * Returns the same object when nothing changes, so the common case (ASCII, already NFC) is free.
 */

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return (hasNonAscii(value) ? value.normalize('NFC') : value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = toNfc(item);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return (out ?? value) as T;
  }
  let out: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const next = toNfc(item);
    if (next !== item) (out ??= { ...(value as Record<string, unknown>) })[key] = next;
  }
  return (out ?? value) as T;
}
