// Electron security scan, part of `npm test`. electronegativity always exits 0, so we read its
// SARIF report and fail on any finding above "note". An accepted finding is disabled in the code
// with an `/* eslint-disable-line */`-style electronegativity comment, its id and a one-line reason.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'konvent-scan-'));
// One folder with the whole app as Electron sees it (the shell's sources and the renderer's page
// with its CSP), so the global checks (navigation limits, permission handler, CSP) judge the app
// as a whole, not each part alone. The launcher scripts are build tools, not app code.
const app = path.join(dir, 'app');
mkdirSync(app);
cpSync('electron', path.join(app, 'electron'), { recursive: true, filter: (source) => !source.includes(`${path.sep}launcher`) });
cpSync('renderer/index.html', path.join(app, 'index.html'));
const targets = [app];
let failed = false;
let total = 0;
try {
  for (const target of targets) {
    if (!existsSync(target)) continue;
    const out = path.join(dir, `${path.basename(target)}.sarif`);
    const run = spawnSync(
      process.execPath,
      [path.resolve('node_modules/@doyensec/electronegativity/dist/index.js'), '-i', target, '-o', out, '-r', '-v', 'false', '-e', '45.0.0'],
      { encoding: 'utf8' },
    );
    if (!existsSync(out)) {
      console.error(`Sicherheitsprüfung: electronegativity lief nicht für ${target}:\n${run.stdout}\n${run.stderr}`);
      process.exit(1);
    }
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    for (const result of sarif.runs.flatMap((r) => r.results ?? [])) {
      total += 1;
      const where = result.locations?.[0]?.physicalLocation;
      const location = where ? `${where.artifactLocation?.uri}:${where.region?.startLine ?? '?'}` : target;
      const level = result.level ?? 'warning';
      const line = `${level.padEnd(8)} ${result.ruleId}  ${location}  ${result.message?.text ?? ''}`;
      if (level === 'note' || level === 'none') {
        console.warn(`  note     ${line}`);
      } else {
        failed = true;
        console.error(`  FINDING  ${line}`);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) {
  console.error('Sicherheitsprüfung fehlgeschlagen: electronegativity meldet Befunde über "note".');
  process.exit(1);
}
console.warn(`Sicherheitsprüfung (electronegativity): keine Befunde über "note" (${total} Hinweise insgesamt).`);
