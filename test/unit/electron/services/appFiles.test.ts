import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveAppFile, serveAppRequest } from '../../../../electron/services/appFiles';
import { contentSecurityPolicy } from '../../../../shared/security/contentSecurityPolicy';

let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'konvent-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Konvent</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'geheim');
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'evil');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  symlinkSync(base, path.join(root, 'up'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves files of the renderer build with the CSP header and their type', async () => {
    const response = await serveAppRequest(root, 'app://konvent/assets/app.js', contentSecurityPolicy);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toBe('console.log(1)');
    const index = await serveAppRequest(root, 'app://konvent/', contentSecurityPolicy);
    expect(await index.text()).toContain('<title>Konvent</title>');
    expect((await serveAppRequest(root, 'app://konvent/index.html#/print/minutes/1', contentSecurityPolicy)).status).toBe(200);
  });

  it('never serves anything outside the renderer build', async () => {
    const escapes = [
      'app://konvent/../secret.txt',
      'app://konvent/%2e%2e/secret.txt',
      'app://konvent/%2E%2E%2Fsecret.txt',
      'app://konvent/assets/..%2F..%2Fsecret.txt',
      'app://konvent/..%5Csecret.txt',
      'app://konvent/%00index.html',
      'app://konvent/assets/link.txt',
      'app://konvent/up/secret.txt',
      'app://konvent/../renderer-evil/x.js',
      'app://konvent/%2e%2e/renderer-evil/x.js',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://konvent/assets',
      'app://konvent/missing.js',
    ];
    for (const url of escapes) {
      expect(await resolveAppFile(root, url), url).toBeNull();
      const response = await serveAppRequest(root, url, contentSecurityPolicy);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('geheim');
    }
  });
});
