// Renders the app icon for every installer from the one source image assets/icon.svg:
// build/generated/icon.png (1024 × 1024). electron-builder derives the Windows .ico, the macOS
// .icns and the Linux icon sizes from it. resvg renders the same pixels on every machine, so the
// output is reproducible; it is generated at build time and not committed.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));

const svg = readFileSync(path.join(root, 'assets', 'icon.svg'), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1024 }, background: 'rgba(0,0,0,0)' }).render().asPng();
const out = path.join(root, 'build', 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'icon.png'), png);
console.warn(`Symbol erzeugt: build/generated/icon.png (${png.length} Bytes)`);
