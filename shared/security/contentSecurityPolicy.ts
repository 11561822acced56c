/**
 * One CSP for the renderer: the response header of Electron's app:// protocol and of web mode
 * (`vite preview`), and, without the directives a <meta> tag cannot carry, the tag in
 * renderer/index.html (a unit test keeps the two equal). No inline scripts, no eval, no remote
 * origins: everything the app needs is bundled. Only the app itself may frame the app: web mode prints a
 * print route through a hidden same-origin iframe (renderer/platform/webPrint.ts); any other origin is refused.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const contentSecurityPolicy = [...directives, "frame-ancestors 'self'"].join('; ');
