import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { z } from 'zod';
import { ipcContract } from '../../../../../shared/ipc/contract';
import { createInvokeListener, type ChannelHandler } from '../../../../../electron/ipc/handle';
import { createMailHandlers } from '../../../../../electron/ipc/handlers/mailHandlers';
import { renderDocument } from '../../../../../electron/ipc/handlers/pdfHandlers';
import { PDFDocument } from 'pdf-lib';
import { writeFileAtomic } from '../../../../../electron/services/atomicWrite';
import { setLogSink } from '../../../../../electron/logging/logger';

setLogSink({ info: () => undefined, warn: () => undefined, error: () => undefined });

let base: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'konvent-mail-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A one-page PDF standing in for Chromium's output. */
let pdfBytes: Uint8Array;
beforeAll(async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdfBytes = await pdf.save();
});
const fixedNow = new Date('2026-11-30T10:00:00Z');
const ics = 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n';

function setUp() {
  const dir = mkdtempSync(path.join(base, 'case-'));
  const draftFolder = path.join(dir, 'E-Mail-Entwuerfe');
  const deps = {
    files: { writeFileAtomic: vi.fn(writeFileAtomic) },
    appInfo: { name: 'Konvent', version: '0.1.0', platform: 'linux' },
    pdf: { renderRoute: vi.fn(async () => ({ pdf: pdfBytes, metadata: JSON.stringify({ title: 'Einladung', author: 'Regionalkonvent Südwestsachsen', language: 'de', archive: false }) })) },
    mail: { draftFolder, openFile: vi.fn(async (_file: string) => '') },
    now: () => fixedNow,
  };
  const handler = createMailHandlers(deps)['mail:openDraft'] as ChannelHandler<'mail:openDraft'>;
  const schema = ipcContract['mail:openDraft'].request as unknown as z.ZodType<never>;
  const listener = createInvokeListener('mail:openDraft', schema, handler);
  const call = (request: unknown) => listener({ senderFrame: { url: 'app://konvent/index.html', parent: null } }, request);
  return { dir, draftFolder, deps, call };
}

const request = {
  draftName: 'Einladung-2026-03-11',
  draft: {
    from: { name: 'Geschäftsstelle', address: 'gs@example.org' },
    to: [{ name: 'Landrat Carsten Michaelis', address: 'michaelis@example.org' }],
    cc: [{ name: 'Erster Beigeordneter Dr. Lothar Beier', address: 'beier@example.org' }],
    subject: 'Einladung zur 12. Sitzung des erweiterten Regionalkonvents am 11. März 2026',
    text: 'Sehr geehrte Damen und Herren,\n',
    date: '2026-11-30T09:00:00.000Z',
    attachments: [{ fileName: 'Sitzung-2026-03-11.ics', contentType: 'text/calendar; method=PUBLISH', base64: Buffer.from(ics).toString('base64') }],
  },
  pdf: { route: '/print/invitation/01ABC', fileName: 'Einladung-2026-03-11.pdf' },
};

describe('mail:openDraft', () => {
  it('writes the draft into the app draft folder with the rendered PDF first, and opens exactly that file', async () => {
    const { draftFolder, deps, call } = setUp();
    expect(await call(request)).toEqual({ ok: true, value: { opened: true } });
    expect(readdirSync(draftFolder)).toEqual(['Einladung-2026-03-11.eml']);
    const file = path.join(draftFolder, 'Einladung-2026-03-11.eml');
    expect(deps.mail.openFile).toHaveBeenCalledExactlyOnceWith(file);
    expect(deps.pdf.renderRoute).toHaveBeenCalledWith('/print/invitation/01ABC', expect.objectContaining({ format: 'A4' }));
    const parsed = await simpleParser(readFileSync(file));
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['Einladung-2026-03-11.pdf', 'Sitzung-2026-03-11.ics']);
    // Byte for byte the PDF that "Einladung erstellen" saves (the same rendering and finishing).
    const exported = await renderDocument(deps, '/print/invitation/01ABC', fixedNow);
    expect(Buffer.from(parsed.attachments[0]?.content ?? []).equals(Buffer.from(exported))).toBe(true);
    expect(Buffer.from(parsed.attachments[1]?.content ?? []).toString()).toBe(ics);
  });

  it('removes its own drafts older than two weeks, and nothing else', async () => {
    const { draftFolder, call } = setUp();
    mkdirSync(draftFolder, { recursive: true });
    const old = new Date(Date.now() - 15 * 24 * 60 * 60 * 1000);
    for (const name of ['Einladung-2026-01-01.eml', 'notes.txt', 'Absage-2026-01-02.eml']) {
      writeFileSync(path.join(draftFolder, name), 'x');
      utimesSync(path.join(draftFolder, name), old, old);
    }
    writeFileSync(path.join(draftFolder, 'Einladung-2026-11-29.eml'), 'x');
    expect((await call(request)).ok).toBe(true);
    expect(readdirSync(draftFolder).sort()).toEqual(['Einladung-2026-03-11.eml', 'Einladung-2026-11-29.eml', 'notes.txt']);
  });

  it('says in German when no mail program opened it, and keeps the draft', async () => {
    const { draftFolder, deps, call } = setUp();
    deps.mail.openFile.mockResolvedValueOnce('No application is associated');
    const result = await call(request);
    expect(result).toMatchObject({ ok: false, error: { code: 'handler-failed', message: expect.stringContaining('kein E-Mail-Programm') } });
    if (!result.ok) expect(result.error.message).not.toContain(draftFolder);
    expect(existsSync(path.join(draftFolder, 'Einladung-2026-03-11.eml'))).toBe(true);
  });

  it('writes nothing through a link put in place of the draft folder', async () => {
    const { dir, draftFolder, deps, call } = setUp();
    const elsewhere = path.join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, draftFolder);
    const result = await call(request);
    expect(result).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(deps.mail.openFile).not.toHaveBeenCalled();
    expect(lstatSync(draftFolder).isSymbolicLink()).toBe(true);
  });

  it('fuzzed payloads never write or open anything outside the draft folder', async () => {
    const { dir, draftFolder, deps, call } = setUp();
    const hostileNames = ['../x', '..', '.', 'a/b', 'a\\b', '/etc/passwd', 'C:\\x', 'x.eml/../../y', '', ' ', 'a'.repeat(200), '%2e%2e', 'con\u0000'];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...hostileNames), fc.string({ maxLength: 40 })),
        fc.oneof(fc.constant(request.pdf.route), fc.constantFrom('/settings', 'https://x/', '/print/../x', 'file:///etc/passwd'), fc.string()),
        fc.oneof(fc.constant(request.draft), fc.anything()),
        async (draftName, route, draft) => {
          await call({ draftName, draft, pdf: { ...request.pdf, route } });
        },
      ),
      { numRuns: 300 },
    );
    for (const call of deps.mail.openFile.mock.calls) expect(path.dirname(call[0])).toBe(draftFolder);
    for (const call of deps.files.writeFileAtomic.mock.calls) expect(path.dirname(call[0])).toBe(draftFolder);
    const files = readdirSync(dir, { recursive: true }).map(String);
    for (const file of files) expect(file === 'E-Mail-Entwuerfe' || file.startsWith(`E-Mail-Entwuerfe${path.sep}`)).toBe(true);
    for (const [route] of deps.pdf.renderRoute.mock.calls as unknown as [string][]) expect(route).toMatch(/^\/print\/[A-Za-z0-9/_-]+$/);
  });
});
