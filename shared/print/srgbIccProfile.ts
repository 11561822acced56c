/**
 * A small ICC v2 display profile for sRGB (IEC 61966-2.1), built in code: the OutputIntent of
 * archive PDFs (PDF/A-2b) needs one, and building it keeps a binary file with its own licence out
 * of the project. Primaries are the sRGB ones adapted to D50 (Bradford), as in every common sRGB
 * profile; the tone curve is the sRGB curve sampled at 1024 points. Checked structurally in
 * test/unit/shared/print/srgbIccProfile.test.ts.
 */
const D50 = [0.9642, 1.0, 0.8249] as const;
const RED = [0.4360747, 0.2225045, 0.0139322] as const;
const GREEN = [0.3850649, 0.7168786, 0.0971045] as const;
const BLUE = [0.1430804, 0.0606169, 0.7141733] as const;
const DESCRIPTION = 'sRGB IEC61966-2.1';
const COPYRIGHT = 'No copyright, use freely';
const CURVE_POINTS = 1024;

class Writer {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  u32(offset: number, value: number) {
    this.view.setUint32(offset, value >>> 0);
  }
  u16(offset: number, value: number) {
    this.view.setUint16(offset, value);
  }
  ascii(offset: number, text: string) {
    for (let i = 0; i < text.length; i += 1) this.bytes[offset + i] = text.charCodeAt(i) & 0x7f;
  }
  s15f16(offset: number, value: number) {
    this.view.setInt32(offset, Math.round(value * 65536));
  }
}

const pad4 = (n: number) => (n + 3) & ~3;
const srgbToLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);

interface Tag {
  signature: string;
  size: number;
  write: (w: Writer, at: number) => void;
  /** Tags with the same key share one data block (the three tone curves). */
  shareKey?: string;
}

const xyzTag = (signature: string, xyz: readonly [number, number, number]): Tag => ({
  signature,
  size: 20,
  write: (w, at) => {
    w.ascii(at, 'XYZ ');
    xyz.forEach((v, i) => w.s15f16(at + 8 + i * 4, v));
  },
});

const curveTag = (signature: string): Tag => ({
  signature,
  size: 12 + CURVE_POINTS * 2,
  shareKey: 'trc',
  write: (w, at) => {
    w.ascii(at, 'curv');
    w.u32(at + 8, CURVE_POINTS);
    for (let i = 0; i < CURVE_POINTS; i += 1) w.u16(at + 12 + i * 2, Math.round(srgbToLinear(i / (CURVE_POINTS - 1)) * 65535));
  },
});

const descriptionTag: Tag = {
  signature: 'desc',
  // 'desc' + reserved + ASCII count + ASCII (with NUL) + Unicode code + count + ScriptCode code + count + 67 bytes
  size: 12 + DESCRIPTION.length + 1 + 4 + 4 + 2 + 1 + 67,
  write: (w, at) => {
    w.ascii(at, 'desc');
    w.u32(at + 8, DESCRIPTION.length + 1);
    w.ascii(at + 12, DESCRIPTION);
  },
};

const copyrightTag: Tag = {
  signature: 'cprt',
  size: 8 + COPYRIGHT.length + 1,
  write: (w, at) => {
    w.ascii(at, 'text');
    w.ascii(at + 8, COPYRIGHT);
  },
};

export function srgbIccProfile(): Uint8Array {
  const tags: Tag[] = [
    descriptionTag,
    copyrightTag,
    xyzTag('wtpt', D50),
    xyzTag('rXYZ', RED),
    xyzTag('gXYZ', GREEN),
    xyzTag('bXYZ', BLUE),
    curveTag('rTRC'),
    curveTag('gTRC'),
    curveTag('bTRC'),
  ];
  const tableEnd = 128 + 4 + tags.length * 12;
  const placed: { tag: Tag; offset: number }[] = [];
  const shared = new Map<string, number>();
  let cursor = pad4(tableEnd);
  for (const tag of tags) {
    const reuse = tag.shareKey ? shared.get(tag.shareKey) : undefined;
    if (reuse !== undefined) {
      placed.push({ tag, offset: reuse });
      continue;
    }
    placed.push({ tag, offset: cursor });
    if (tag.shareKey) shared.set(tag.shareKey, cursor);
    cursor = pad4(cursor + tag.size);
  }
  const size = cursor;
  const w = new Writer(size);
  w.u32(0, size);
  w.u32(8, 0x02100000); // version 2.1
  w.ascii(12, 'mntr');
  w.ascii(16, 'RGB ');
  w.ascii(20, 'XYZ ');
  [2025, 1, 1, 0, 0, 0].forEach((v, i) => w.u16(24 + i * 2, v));
  w.ascii(36, 'acsp');
  D50.forEach((v, i) => w.s15f16(68 + i * 4, v));
  w.u32(128, tags.length);
  placed.forEach(({ tag, offset }, index) => {
    const entry = 132 + index * 12;
    w.ascii(entry, tag.signature);
    w.u32(entry + 4, offset);
    w.u32(entry + 8, tag.size);
  });
  const written = new Set<number>();
  for (const { tag, offset } of placed) {
    if (written.has(offset)) continue;
    written.add(offset);
    tag.write(w, offset);
  }
  return w.bytes;
}
