// `npm start` (after `npm run build`): starts the real Electron with the built app. The electron
// package downloads its binary on first use (`require('electron')` returns the binary's path);
// that runs in a child process with its output captured, so where no binary can be had (no
// network, blocked download) the user reads one German sentence instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NO_ELECTRON =
  'Konvent kann hier nicht als Desktop-App starten, weil sich das Electron-Programm nicht laden ließ (beim ersten Start wird eine Internetverbindung gebraucht) – starten Sie stattdessen die Browser-Version mit „npm run web“.';

function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write('\\n@@' + require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
  });
  const marker = probe.stdout?.lastIndexOf('\n@@') ?? -1;
  if (probe.status !== 0 || marker < 0) return null;
  const binary = probe.stdout.slice(marker + 3).trim();
  return existsSync(binary) ? binary : null;
}

if (!existsSync(path.join(root, 'dist', 'electron', 'main.cjs')) || !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  console.error('Konvent ist noch nicht gebaut – bitte „npm start“ verwenden (baut und startet) oder zuerst „npm run build“ ausführen.');
  process.exit(1);
}

const binary = electronBinary();
if (!binary) {
  console.error(NO_ELECTRON);
  process.exit(1);
}

const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
child.on('error', () => {
  console.error(NO_ELECTRON);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
