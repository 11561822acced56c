import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy } from '../../../../shared/security/contentSecurityPolicy';

describe('content security policy', () => {
  it('the meta tag in renderer/index.html is the shared policy', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    // A meta tag cannot carry frame-ancestors; everything else is the same policy.
    expect(meta).toBe(contentSecurityPolicy.split('; ').filter((directive) => !directive.startsWith('frame-ancestors')).join('; '));
  });

  it('allows no inline script, no eval and no remote origin', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    // Framing only by the app itself (web mode prints through a same-origin iframe).
    expect(contentSecurityPolicy).toContain("frame-ancestors 'self'");
  });
});
