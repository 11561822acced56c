import { isIndexLike, isNfc, rowJson } from '../hashing/canonicalRow';
import { timeSlicer, type TimeSlicer } from './timeSlices';

/**
 * The content of a backup as UTF-8 JSON, in pieces: `canonical` is canonicalJsonNfc(content) (what
 * the hash covers, docs/backup-format.md §2), `json` is what the file holds. The file writes the
 * content in canonical order (keys sorted), so as long as every text is NFC, both lists hold the
 * same pieces and the bytes are made once; a row whose text NFC would change is written as stored.
 */
export interface ContentPieces {
  canonical: Uint8Array[];
  json: Uint8Array[];
  rows: number;
}

/** About this much text per piece: encoding it is a short task. */
const PIECE_CHARS = 256 * 1024;

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** A key the native writer puts where the canonical rule does: no index-like key, no __proto__, NFC. */
const plainKey = (key: string) => key !== '__proto__' && !isIndexLike(key) && isNfc(key);

class PieceWriter {
  readonly canonical: Uint8Array[] = [];
  readonly json: Uint8Array[] = [];
  private canonicalText = '';
  private jsonText = '';
  private differs = false;
  private readonly encoder = new TextEncoder();

  push(canonical: string, json: string = canonical): void {
    this.canonicalText += canonical;
    this.jsonText += json;
    if (canonical !== json) this.differs = true;
    if (this.canonicalText.length >= PIECE_CHARS) this.flush();
  }

  flush(): void {
    if (this.canonicalText.length === 0 && this.jsonText.length === 0) return;
    const canonical = this.encoder.encode(this.canonicalText);
    this.canonical.push(canonical);
    this.json.push(this.differs ? this.encoder.encode(this.jsonText) : canonical);
    this.canonicalText = '';
    this.jsonText = '';
    this.differs = false;
  }
}

/**
 * Writes `content` (tables of rows, two levels of objects) row by row, pausing between slices of
 * work. Below the rows everything follows the canonical rule exactly (shared/hashing/canonicalRow.ts).
 */
export async function contentPieces(content: unknown, slicer: TimeSlicer = timeSlicer(), onRow: () => void = () => undefined): Promise<ContentPieces> {
  const out = new PieceWriter();
  let rows = 0;
  const value = async (item: unknown, level: number): Promise<void> => {
    if (level < 2 && isPlainRecord(item) && Object.keys(item).every(plainKey)) {
      out.push('{');
      let first = true;
      for (const key of Object.keys(item).sort()) {
        if (item[key] === undefined) continue;
        out.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        await value(item[key], level + 1);
      }
      out.push('}');
      return;
    }
    if (level === 2 && Array.isArray(item)) {
      out.push('[');
      for (let index = 0; index < item.length; index += 1) {
        const row = rowJson(item[index] ?? null);
        out.push(index === 0 ? row.canonical : `,${row.canonical}`, index === 0 ? row.json : `,${row.json}`);
        rows += 1;
        onRow();
        if (slicer.due()) await slicer.pause();
      }
      out.push(']');
      return;
    }
    const whole = rowJson(item);
    out.push(whole.canonical, whole.json);
  };
  await value(content, 0);
  out.flush();
  return { canonical: out.canonical, json: out.json, rows };
}
