import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The renderer's initial JavaScript, gzipped: the entry script of dist/renderer/index.html and every
 * chunk it preloads. Lazy screens are not counted: they load on first visit.
 */
export function rendererInitialGzipKB(distDir: string): number {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  if (scripts.length === 0) throw new Error('no entry script in index.html');
  const bytes = [...new Set(scripts)].reduce((sum, src) => sum + gzipSync(readFileSync(path.join(distDir, src)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}
