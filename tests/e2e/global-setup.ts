import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';

let server: PreviewServer | undefined;

/** Serves the production build (`npm run build`) on a free loopback port for the browser tests. */
export default async function setup(project: TestProject) {
  const root = new URL('../..', import.meta.url).pathname;
  // Another build directory lets parallel work test its own build (`vite build --outDir`).
  const outDir = process.env.E2E_OUT_DIR ?? 'dist';
  if (!existsSync(`${outDir.startsWith('/') ? '' : root}${outDir}/index.html`)) {
    throw new Error(
      'No production build in dist/. Run `npm run build` first (npm test does this for you).',
    );
  }
  server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    // The headers `npm start` sends, so the tests see what a person gets.
    preview: { host: '127.0.0.1', port: 0, strictPort: false, headers: { ...SECURITY_HEADERS } },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseURL', url.replace(/\/$/, ''));
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
