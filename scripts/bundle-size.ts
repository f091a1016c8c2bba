import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export interface ChunkSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export const repoRoot = new URL('..', import.meta.url).pathname;

function size(dir: string, file: string): ChunkSize {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * The JavaScript a browser must fetch before the page can run: the entry scripts of index.html,
 * their module preloads, and (transitively) their static imports. Lazy chunks are not included.
 */
export function firstLoadJs(distDir: string): ChunkSize[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const pending = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    // Static imports between chunks look like `import{a as b}from"./x-123.js"` after minification.
    for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      pending.push(join('assets', m[1]!));
  }
  return [...seen].sort().map((file) => size(distDir, file));
}

/** Every JavaScript chunk of a build, for the table. */
export function allJs(distDir: string, files: readonly string[]): ChunkSize[] {
  return files.filter((f) => f.endsWith('.js')).map((f) => size(distDir, f));
}

/** Builds the floor app (bench/floor) and returns its first-load JavaScript. */
export async function buildFloor(outDir: string): Promise<ChunkSize[]> {
  await build({
    configFile: false,
    // Under Vitest NODE_ENV is "test", which would otherwise give React's development build.
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    root: join(repoRoot, 'bench/floor'),
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return firstLoadJs(outDir);
}

export const total = (chunks: readonly ChunkSize[], key: 'raw' | 'gzip') =>
  chunks.reduce((n, c) => n + c[key], 0);
