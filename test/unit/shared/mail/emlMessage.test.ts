import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simpleParser, type AddressObject } from 'mailparser';
import { composeEml, type MailDraft } from '../../../../shared/mail/emlMessage';

const pdfBytes = new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 37) % 256));
const icsText = 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nSUMMARY:Sitzung in Zwickau – Gastgeber\r\nEND:VCALENDAR\r\n';

function draft(overrides: Partial<MailDraft> = {}): MailDraft {
  return {
    from: { name: 'Geschäftsstelle des Regionalkonvents', address: 'geschaeftsstelle@example.org' },
    to: [
      { name: 'Landrat Carsten Michaelis', address: 'michaelis@example.org' },
      { name: 'Oberbürgermeister Sven Schulze', address: 'schulze@example.org' },
    ],
    cc: [{ name: 'Erster Beigeordneter Dr. Lothar Beier', address: 'beier@example.org' }],
    subject: 'Einladung zur 12. Sitzung des erweiterten Regionalkonvents am 11. März 2026 – Größe prüfen',
    text: 'Sehr geehrte Damen und Herren,\n\nwir laden Sie herzlich ein.\nÄußerst wichtig: Straße, Grüße.\n',
    attachments: [
      { fileName: 'Einladung-Sitzung-2026-03-11.pdf', contentType: 'application/pdf', bytes: pdfBytes },
      { fileName: 'Sitzung-2026-03-11 Plauen Rathaus Übersicht.ics', contentType: 'text/calendar; method=PUBLISH', bytes: new TextEncoder().encode(icsText) },
    ],
    date: '2026-11-30T09:15:00.000Z',
    ...overrides,
  };
}

function addresses(object: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(object) ? object : object ? [object] : [];
  return list.flatMap((entry) => entry.value.map((value) => ({ name: value.name, address: value.address })));
}

describe('composeEml: an .eml draft that third-party parsers read back exactly', () => {
  it('carries recipients, subject, X-Unsent, text and both attachments byte for byte', async () => {
    const eml = composeEml(draft());
    const parsed = await simpleParser(eml);
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.subject).toBe(draft().subject);
    expect(addresses(parsed.from)).toEqual([{ name: 'Geschäftsstelle des Regionalkonvents', address: 'geschaeftsstelle@example.org' }]);
    expect(addresses(parsed.to)).toEqual(draft().to);
    expect(addresses(parsed.cc)).toEqual(draft().cc);
    expect(parsed.text?.replace(/\r\n/g, '\n')).toBe(draft().text);
    expect(parsed.attachments).toHaveLength(2);
    const [pdf, ics] = parsed.attachments;
    if (!pdf || !ics) throw new Error('two attachments expected');
    expect(pdf.filename).toBe('Einladung-Sitzung-2026-03-11.pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf.content).equals(Buffer.from(pdfBytes))).toBe(true);
    expect(ics.filename).toBe('Sitzung-2026-03-11 Plauen Rathaus Übersicht.ics');
    expect(ics.contentType).toBe('text/calendar');
    expect(Buffer.from(ics.content).toString('utf8')).toBe(icsText);
  });

  it('is 7-bit clean with CRLF line ends and no line over 998 characters', () => {
    const eml = composeEml(draft());
    expect([...eml].every((char) => char.charCodeAt(0) < 0x80)).toBe(true);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  });

  it('encodes header words within 75 characters and never splits a character', async () => {
    const subject = 'Äußerst lange Überschrift über Größen, Grüße und Straßen in Chemnitz – ÄÖÜäöüß €';
    const eml = composeEml(draft({ subject }));
    const header = eml.slice(eml.indexOf('Subject: ') + 'Subject: '.length, eml.indexOf('\r\nDate:'));
    for (const word of header.split('\r\n ')) expect(word.length).toBeLessThanOrEqual(75);
    expect((await simpleParser(eml)).subject).toBe(subject);
  });

  it('a line break typed into a subject or name cannot add a header', async () => {
    const eml = composeEml(draft({ subject: 'Einladung\r\nBcc: evil@example.org', to: [{ name: 'A\r\nBcc: evil@example.org', address: 'a@example.org' }] }));
    const parsed = await simpleParser(eml);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject).toBe('Einladung Bcc: evil@example.org');
  });

  it('round-trips any subject, names and text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((s) => s.trim() === s && !/[\r\n]/.test(s) && s.length > 0),
        fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => s.trim() === s && !/[\r\n"\\]/.test(s)),
        fc.string({ unit: 'grapheme', maxLength: 500 }).map((s) => s.replace(/\r/g, '')),
        async (subject, name, text) => {
          const parsed = await simpleParser(composeEml(draft({ subject, to: [{ name, address: 'x@example.org' }], text, attachments: [] })));
          expect(parsed.subject ?? '').toBe(subject);
          expect(addresses(parsed.to)[0]?.address).toBe('x@example.org');
          expect((parsed.text ?? '').replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(text.replace(/\n$/, ''));
        },
      ),
      { numRuns: 150 },
    );
  });
});
