/**
 * RFC 5545 text rules: escaped TEXT values (§3.3.11), lines folded at 75 octets without
 * splitting a UTF-8 character (§3.1), CRLF line endings.
 */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Folds one content line: at most 75 octets per line, continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const char of line) {
    const octets = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74; // the leading space of a continuation line counts
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function icsDocument(lines: readonly string[]): string {
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** "2026-03-11" + "14:00" → "20260311T140000" (local time, used with TZID). */
export function icsLocalDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** An instant → "20261121T075042Z". */
export function icsUtcDateTime(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
