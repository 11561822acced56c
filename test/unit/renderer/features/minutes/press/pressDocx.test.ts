import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import roster from '../../../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../../../shared/demo/rosterToRows';
import { defaultSettings } from '../../../../../../shared/domain/settings';
import { pressFacts } from '../../../../../../shared/press/pressFacts';
import { pressReleaseText } from '../../../../../../shared/press/pressRelease';
import { pressReleaseDocxBlob } from '../../../../../../renderer/features/minutes/press/pressDocx';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'konvent-docx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function demoText(): string {
  const now = '2025-04-29T08:00:00.000Z';
  const rows = rosterToRows(rosterSchema.parse(roster), now);
  const sitting = rows.sittings.find((s) => s.date === '2025-04-28')!;
  const settings = { ...defaultSettings(now), contactName: 'Anna Muster', contactEmail: 'presse@example.org' };
  return pressReleaseText(pressFacts({ sitting, ...rows, decisions: [], settings, releaseDate: '2025-04-29' }));
}

describe('press release as .docx', () => {
  it('opens in LibreOffice: converted to PDF it reads as the draft, heading and every fact', async () => {
    const text = demoText();
    const blob = await pressReleaseDocxBlob(text, { title: 'Pressemitteilung zur Sitzung am 28.04.2025', creator: 'Konvent 0.0.0-test' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const docx = path.join(dir, 'Pressemitteilung-2025-04-28.docx');
    writeFileSync(docx, bytes);
    // A profile of its own: LibreOffice refuses to run twice on one profile.
    const profile = path.join(dir, 'lo-profile');
    mkdirSync(profile, { recursive: true });
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
    const pdf = path.join(dir, 'Pressemitteilung-2025-04-28.pdf');
    const extracted = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(extracted).toContain('Regionalkonvent Südwestsachsen tagte in Zwickau');
    expect(extracted).toContain('Am Montag, 28. April 2025, kam der Regionalkonvent Südwestsachsen');
    expect(extracted).toContain('vertreten durch Ersten Beigeordneten Dr. Lothar Beier');
    expect(extracted).toContain('vertreten durch Bürgermeister Ralph Burghart');
    expect(extracted).toContain('Staatsministerin Regina Kraushaar');
    expect(extracted).toContain('E-Mail: presse@example.org');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Pressemitteilung zur Sitzung am 28\.04\.2025/);
    // The pages for a person to look at (not committed).
    const artifacts = path.join(process.cwd(), 'test', 'e2e', '.artifacts');
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(pdf, path.join(artifacts, 'press-release-docx.pdf'));
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  }, 180_000);
});
