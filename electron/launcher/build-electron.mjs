// Bundles the desktop shell with esbuild: dist/electron/main.cjs and dist/electron/preload.cjs
// (ONE CommonJS file: a sandboxed preload cannot require anything but 'electron'), with
// 'electron' external and no source maps. Also writes the licence list of every library that
// ends up in main, preload or renderer (licenses.json for "Über Konvent", and the full texts in
// THIRD-PARTY-LICENSES.txt, shipped outside the asar archive).
// `--out <dir>` writes elsewhere than dist/electron (the package test builds into a temp folder).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist', 'electron');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
mkdirSync(out, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

const main = await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: path.join(out, 'main.cjs'),
  platform: 'node',
  target: 'node22',
});
// The preload needs only the channel names of the contract, not zod and the schemas: they are
// read from the contract here and replace its module in the preload bundle.
const contractBundle = await build({
  absWorkingDir: root,
  entryPoints: ['shared/ipc/contract.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const { ipcChannels } = await import(`data:text/javascript;base64,${Buffer.from(contractBundle.outputFiles[0].text).toString('base64')}`);
const channelsOnly = {
  name: 'ipc-channels-only',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /shared\/ipc\/contract$/ }, () => ({ path: 'ipc-channels', namespace: 'ipc-channels' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'ipc-channels' }, () => ({
      contents: `export const ipcChannels = Object.freeze(${JSON.stringify(ipcChannels)});`,
      loader: 'js',
    }));
  },
};
const preload = await build({
  ...common,
  plugins: [channelsOnly],
  entryPoints: ['electron/preload.ts'],
  outfile: path.join(out, 'preload.cjs'),
  // The sandboxed preload has browser globals and require('electron') only.
  platform: 'browser',
  target: 'chrome140',
});
// What the renderer bundles (Vite builds it; this dry run only lists its inputs).
const renderer = await build({
  absWorkingDir: root,
  entryPoints: ['renderer/main.tsx'],
  bundle: true,
  write: false,
  metafile: true,
  format: 'esm',
  platform: 'browser',
  jsx: 'automatic',
  logLevel: 'error',
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  loader: { '.css': 'empty', '.woff': 'empty', '.woff2': 'empty', '.svg': 'empty', '.png': 'empty', '.ttf': 'empty' },
});

const licenses = collectLicenses([main, preload, renderer].flatMap((result) => Object.keys(result.metafile.inputs)));
writeFileSync(path.join(out, 'licenses.json'), JSON.stringify(licenses.map(({ name, version, license }) => ({ name, version, license })), null, 2));
writeFileSync(
  path.join(out, 'THIRD-PARTY-LICENSES.txt'),
  [
    `Konvent ${packageJson.version}: Lizenzen der enthaltenen Bibliotheken`,
    '',
    ...licenses.map((l) => `==== ${l.name} ${l.version} (${l.license}) ====\n\n${l.text ?? '(kein Lizenztext im Paket)'}\n`),
  ].join('\n'),
);
console.warn(`Electron-Teile gebaut: ${out} (main.cjs, preload.cjs, ${licenses.length} Bibliotheken in licenses.json)`);

function collectLicenses(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const normalized = input.replaceAll('\\', '/');
    const at = normalized.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const rest = normalized.slice(at + 'node_modules/'.length).split('/');
    const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name && !packages.has(name)) packages.set(name, path.join(root, normalized.slice(0, at), 'node_modules', name));
  }
  return [...packages.entries()]
    .map(([name, dir]) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const licenseFile = existsSync(dir) ? readdirSync(dir).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f)) : undefined;
      return {
        name,
        version: pkg.version,
        license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'siehe Paket'),
        text: licenseFile ? readFileSync(path.join(dir, licenseFile), 'utf8').trim() : undefined,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
