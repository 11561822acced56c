import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './shared/security/contentSecurityPolicy.ts';
import packageJson from './package.json' with { type: 'json' };

// The renderer is a plain web app: the same build is served by Electron's app:// scheme
// and by `vite preview` in web mode. Relative base so both hosts resolve assets.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Every `import … from 'zod'` gets zod with jitless set first (renderer/app/zodWithoutEval.ts).
  resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./renderer/app/zodWithoutEval.ts', import.meta.url)) }] },
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  publicDir: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  preview: {
    host: '127.0.0.1',
    port: 5178,
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
  },
  server: { host: '127.0.0.1', port: 5177 },
});
