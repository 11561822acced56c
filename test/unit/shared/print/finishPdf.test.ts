import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, decodePDFRawStream, PDFRawStream } from 'pdf-lib';
import { finishPdf } from '../../../../shared/print/finishPdf';
import { srgbIccProfile } from '../../../../shared/print/srgbIccProfile';
import { cssString, pageFooterProperties } from '../../../../shared/print/pageFooter';
import { PRINT_PAGE_MARGINS_MM } from '../../../../shared/print/pdfPageSpec';

const now = new Date('2026-03-12T09:00:00Z');

async function taggedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.setTitle('Niederschrift über die Sitzung');
  pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }));
  pdf.catalog.set(PDFName.of('StructTreeRoot'), pdf.context.register(pdf.context.obj({ Type: 'StructTreeRoot' })));
  pdf.catalog.set(PDFName.of('Outlines'), pdf.context.register(pdf.context.obj({ Type: 'Outlines', Count: 0 })));
  return pdf.save({ useObjectStreams: false });
}

describe('finishPdf', () => {
  it('sets author, creator and language, keeps the title, and adds nothing for the archive unless asked', async () => {
    const bytes = await finishPdf(await taggedPdf(), { metadata: { title: '', author: 'Regionalkonvent Südwestsachsen', language: 'de', archive: false }, creator: 'Konvent 1.2.3', now });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Niederschrift über die Sitzung');
    expect(pdf.getAuthor()).toBe('Regionalkonvent Südwestsachsen');
    expect(pdf.getCreator()).toBe('Konvent 1.2.3');
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(de)');
    expect(pdf.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
    expect(pdf.catalog.get(PDFName.of('OutputIntents'))).toBeUndefined();
  });

  it('archive: XMP with pdfaid 2/B and the same title, sRGB OutputIntent, trailer /ID; tag tree and outline kept', async () => {
    const title = 'Niederschrift über die 12. Sitzung am 11.03.2026 <&>';
    const bytes = await finishPdf(await taggedPdf(), { metadata: { title, author: 'Konvent Ä', language: 'de', archive: true }, creator: 'Konvent 1.2.3', now });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const xmp = new TextDecoder().decode(decodePDFRawStream(pdf.catalog.lookup(PDFName.of('Metadata'), PDFStream) as PDFRawStream).decode());
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('Niederschrift über die 12. Sitzung am 11.03.2026 &lt;&amp;&gt;');
    expect(xmp).toContain('<xmp:CreatorTool>Konvent 1.2.3</xmp:CreatorTool>');
    expect(xmp).toContain('<xmp:CreateDate>2026-03-12T09:00:00Z</xmp:CreateDate>');
    expect(pdf.getTitle()).toBe(title);
    const intent = pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(intent.lookup(PDFName.of('DestOutputProfile'), PDFStream)).toBeDefined();
    expect(pdf.context.trailerInfo.ID).toBeDefined();
    expect(pdf.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(pdf.catalog.get(PDFName.of('MarkInfo'))).toBeDefined();
    expect(pdf.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    // The metadata stream is not compressed (PDF/A readers must find it as plain XML).
    expect(Buffer.from(bytes).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
  });
});

describe('srgbIccProfile', () => {
  it('is a well-formed ICC v2 RGB display profile with the tags a PDF/A OutputIntent needs', () => {
    const icc = srgbIccProfile();
    const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
    const ascii = (at: number) => String.fromCharCode(...icc.subarray(at, at + 4));
    expect(view.getUint32(0)).toBe(icc.length);
    expect(view.getUint32(8) >>> 24).toBe(2);
    expect([ascii(12), ascii(16), ascii(20), ascii(36)]).toEqual(['mntr', 'RGB ', 'XYZ ', 'acsp']);
    const count = view.getUint32(128);
    const tags = new Map<string, { offset: number; size: number }>();
    for (let i = 0; i < count; i += 1) tags.set(ascii(132 + i * 12), { offset: view.getUint32(136 + i * 12), size: view.getUint32(140 + i * 12) });
    expect([...tags.keys()].sort()).toEqual(['bTRC', 'bXYZ', 'cprt', 'desc', 'gTRC', 'gXYZ', 'rTRC', 'rXYZ', 'wtpt']);
    for (const [signature, { offset, size }] of tags) {
      expect(offset % 4, signature).toBe(0);
      expect(offset + size, signature).toBeLessThanOrEqual(icc.length);
    }
    // The primaries add up to the D50 white point, as in every sRGB profile.
    const xyz = (tag: string) => [0, 1, 2].map((i) => view.getInt32(tags.get(tag)!.offset + 8 + i * 4) / 65536);
    const sum = [0, 1, 2].map((i) => xyz('rXYZ')[i]! + xyz('gXYZ')[i]! + xyz('bXYZ')[i]!);
    xyz('wtpt').forEach((v, i) => expect(sum[i]).toBeCloseTo(v, 3));
    expect(ascii(tags.get('rTRC')!.offset)).toBe('curv');
    expect(ascii(tags.get('desc')!.offset)).toBe('desc');
  });
});

describe('page footer', () => {
  it('turns any text into a safe CSS string for the margin boxes', () => {
    expect(cssString('Niederschrift "A" \\ B\nC')).toBe('"Niederschrift \\"A\\" \\\\ B C"');
    expect(pageFooterProperties({ left: 'L', right: 'Prüfsumme 3f2a', pageWord: 'Seite ', pageOf: ' von ' })['--print-footer-right']).toBe('"Prüfsumme 3f2a · "');
    expect(pageFooterProperties({ left: 'L', pageWord: 'Seite ', pageOf: ' von ' })['--print-footer-right']).toBe('""');
  });

  it('print.css has the margins of the shared page spec', () => {
    const css = readFileSync(path.join(__dirname, '../../../../renderer/print/print.css'), 'utf8');
    const { top, right, bottom, left } = PRINT_PAGE_MARGINS_MM;
    expect(css).toContain(`margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;`);
  });
});
