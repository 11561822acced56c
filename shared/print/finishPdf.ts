import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { sha256Hex } from '../hashing/sha256';
import { srgbIccProfile } from './srgbIccProfile';
import type { PrintMetadata } from './printMetadata';

/**
 * The last step of every PDF Konvent writes (desktop app and tests; the web print dialog cannot be
 * post-processed): the document information the print engine cannot set from HTML — author (the
 * convent), creator ("Konvent <version>"), language — and, for approved minutes, what PDF/A-2b
 * asks beyond a tagged Chromium PDF: an XMP metadata stream with pdfaid part 2 / conformance B
 * and the same title, author, tool and dates as the information dictionary, an sRGB OutputIntent
 * and a trailer /ID. pdf-lib rewrites the file object by object and keeps every catalog entry it
 * does not touch, so the tag tree (StructTreeRoot, MarkInfo) and the outline stay as Chromium wrote
 * them. Not run through a PDF/A validator (veraPDF cannot be installed here): checked structurally.
 */
export interface FinishPdfInput {
  metadata: PrintMetadata;
  creator: string;
  /** The moment written as creation and modification date (tests pass a fixed one). */
  now: Date;
}

export async function finishPdf(bytes: Uint8Array, { metadata, creator, now }: FinishPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  if (pdf.isEncrypted) throw new Error('Das PDF ist verschlüsselt und kann nicht archiviert werden.');
  const title = metadata.title || pdf.getTitle() || '';
  const producer = pdf.getProducer() || 'Chromium';
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setAuthor(metadata.author);
  pdf.setCreator(creator);
  pdf.setProducer(producer);
  pdf.setLanguage(metadata.language);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  if (metadata.archive) makeArchival(pdf, { title, author: metadata.author, creator, producer, language: metadata.language, now }, bytes);
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}

interface ArchiveFacts {
  title: string;
  author: string;
  creator: string;
  producer: string;
  language: string;
  now: Date;
}

function makeArchival(pdf: PDFDocument, facts: ArchiveFacts, original: Uint8Array): void {
  const { context, catalog } = pdf;
  // No JavaScript (Chromium writes none; this makes sure).
  catalog.delete(PDFName.of('OpenAction'));
  catalog.delete(PDFName.of('AA'));
  const xmp = new TextEncoder().encode(xmpPacket(facts));
  const metadataRef = context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' }));
  catalog.set(PDFName.of('Metadata'), metadataRef);

  const profileRef = context.register(context.flateStream(srgbIccProfile(), { N: 3 }));
  const outputIntent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: profileRef,
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(outputIntent)]));

  // The file identifier: the same two halves for a new file, derived from the printed bytes.
  const id = sha256Hex(original).slice(0, 32);
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** XMP dates to the second in UTC, as pdf-lib writes the information dictionary's dates. */
const xmpDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

export function xmpPacket({ title, author, creator, producer, language, now }: ArchiveFacts): string {
  const date = xmpDate(now);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>${xml(language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>${xml(creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdf:Producer>${xml(producer)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
