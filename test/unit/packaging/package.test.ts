import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { Arch, build as builderBuild, Platform, type Configuration } from 'electron-builder';
import { extractFile, listPackage } from '@electron/asar';
import yaml from 'js-yaml';

/**
 * The package, proven offline: electron-builder --dir with the real electron-builder.yml, against
 * a stub Electron distribution (installers need a networked machine). Fuses are skipped for the
 * stub only: flipping them needs the real binary. Everything is built into a temp project so the
 * working tree's dist/ (served by the e2e tests) is never touched.
 */
const root = process.cwd();
let work: string;
let appOut: string;
let entries: string[];

function stubElectronDist(dir: string): string {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho "Electron-Attrappe"\n');
  chmodSync(path.join(dir, 'electron'), 0o755);
  for (const locale of ['de', 'en-US', 'fr', 'pl']) writeFileSync(path.join(dir, 'locales', `${locale}.pak`), 'x');
  writeFileSync(path.join(dir, 'version'), 'v45.4.1');
  writeFileSync(path.join(dir, 'LICENSE'), 'MIT');
  return dir;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'konvent-package-'));
  const project = path.join(work, 'project');
  mkdirSync(project);
  for (const file of ['package.json', 'electron-builder.yml']) cpSync(path.join(root, file), path.join(project, file));
  cpSync(path.join(root, 'build', 'installer.nsh'), path.join(project, 'build', 'installer.nsh'));
  // Dev files that must NOT end up in the package, placed where a careless pattern would pick them up.
  mkdirSync(path.join(project, 'test'), { recursive: true });
  writeFileSync(path.join(project, 'test', 'x.test.ts'), 'test');
  writeFileSync(path.join(project, 'tsconfig.json'), '{}');

  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: path.join(project, 'dist', 'renderer'), emptyOutDir: true } });
  execFileSync(process.execPath, [path.join(root, 'electron', 'launcher', 'build-electron.mjs'), '--out', path.join(project, 'dist', 'electron')], { stdio: 'pipe' });
  // A stray source map in the build output must be filtered out by the packaging rules.
  writeFileSync(path.join(project, 'dist', 'renderer', 'stray.js.map'), '{}');

  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version as string;
  await builderBuild({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    // electron-builder reads the project's electron-builder.yml itself; these only override it.
    config: {
      electronVersion,
      electronDist: stubElectronDist(path.join(work, 'electron-stub')),
      electronFuses: null,
      directories: { output: path.join(work, 'release') },
    },
  });
  appOut = path.join(work, 'release', 'linux-unpacked');
  entries = listPackage(path.join(appOut, 'resources', 'app.asar'), { isPack: false }).map((e) => e.replaceAll('\\', '/'));
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packaged app (electron-builder --dir, stub Electron)', () => {
  it('app.asar holds the built main, the one-file preload and the renderer', () => {
    expect(entries).toEqual(expect.arrayContaining(['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/electron/licenses.json', '/dist/renderer/index.html']));
    expect(entries.some((e) => /^\/dist\/renderer\/assets\/index-[\w-]+\.js$/.test(e))).toBe(true);
    const asar = path.join(appOut, 'resources', 'app.asar');
    const packageJson = JSON.parse(extractFile(asar, 'package.json').toString('utf8'));
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(extractFile(asar, 'dist/electron/main.cjs').toString('utf8')).toContain('enableSandbox');
    const preload = extractFile(asar, 'dist/electron/preload.cjs').toString('utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("konvent"');
  });

  it('holds no tests, sources, source maps, node_modules or dev files', () => {
    const forbidden = entries.filter(
      (e) =>
        /\.map$/.test(e) ||
        /\.(ts|tsx|mts)$/.test(e) ||
        /^\/(test|electron|renderer|shared|src|build|assets|node_modules|\.git)(\/|$)/.test(e) ||
        /(tsconfig|vite\.config|vitest\.config|eslint\.config|electron-builder)\b/.test(e) ||
        /\.(test|spec)\./.test(e),
    );
    expect(forbidden).toEqual([]);
  });

  it('ships the licence texts beside the archive, German and English locales only, and a named executable', () => {
    expect(readFileSync(path.join(appOut, 'resources', 'THIRD-PARTY-LICENSES.txt'), 'utf8')).toContain('==== react ');
    expect(readdirSync(path.join(appOut, 'locales')).sort()).toEqual(['de.pak', 'en-US.pak']);
    expect(existsSync(path.join(appOut, 'konvent'))).toBe(true);
  });

  it('sets every Electron fuse explicitly in electron-builder.yml', () => {
    const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config).toMatchObject({ appId: 'de.region-chemnitz.konvent', productName: 'Konvent', asar: true });
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, installerLanguages: ['de_DE'], deleteAppDataOnUninstall: false });
    expect(config.linux).toMatchObject({ category: 'Office', maintainer: expect.stringContaining('@') });
  });
});
