import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/**
 * The press release as a Word file (.docx, Office Open XML) with the `docx` library: the first line
 * is the heading, every further paragraph one Word paragraph, line breaks kept. Loaded only when the
 * user exports (the library is large).
 */
function pressReleaseDocument(text: string, meta: { title: string; creator: string }): Document {
  const [heading = '', ...rest] = text.replace(/\r\n/g, '\n').split(/\n\s*\n/);
  const paragraphs = rest.map(
    (block) =>
      new Paragraph({
        spacing: { after: 160 },
        children: block.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
      }),
  );
  return new Document({
    title: meta.title,
    creator: meta.creator,
    styles: { default: { document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { line: 300 } } } } },
    sections: [{ properties: {}, children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: heading.trim() })] }), ...paragraphs] }],
  });
}

export async function pressReleaseDocxBlob(text: string, meta: { title: string; creator: string }): Promise<Blob> {
  return Packer.toBlob(pressReleaseDocument(text, meta));
}
