import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/**
 * End-to-end tests run against web mode as users get it: the production build served on
 * 127.0.0.1 (vite preview, with the CSP header), driven by Debian's Chromium.
 */
export async function setup(project: TestProject) {
  if (!existsSync(chromiumPath())) {
    throw new Error(`Chromium fehlt unter ${chromiumPath()}: apt-get install -y chromium (siehe .ci/run).`);
  }
  // Vitest sets NODE_ENV=test, which would give React's development build: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown() {
  await server?.close();
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
