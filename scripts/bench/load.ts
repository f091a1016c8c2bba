// Cold loads: time to the first screen and the JavaScript and JSON fetched before it.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { freshPage, heapUsed, readyWatcher, type PageWindow } from './page';
import type { Target } from './targets';

export interface FetchedFile {
  readonly path: string;
  readonly kind: 'js' | 'json';
  /** Bytes on the wire (the body as sent, compressed if the server compressed it). */
  readonly transfer: number;
  readonly raw: number;
  /** The raw body gzipped at level 9: what a compressing server would send. */
  readonly gzip: number;
}

export interface LoadSample {
  readonly readyMs: number;
  readonly files: readonly FetchedFile[];
  /** Heap after load, measured only when asked (it does not depend on the CPU rate). */
  readonly heap: number | null;
}

const kindOf = (contentType: string): FetchedFile['kind'] | null =>
  /javascript/.test(contentType) ? 'js' : /json/.test(contentType) ? 'json' : null;

/** One cold load of `target` in a fresh context, the CPU slowed `cpuSlowdown` times. */
export async function loadOnce(
  browser: Browser,
  target: Target,
  cpuSlowdown: number,
  measureHeap: boolean,
): Promise<LoadSample> {
  const { context, page, cdp } = await freshPage(browser, cpuSlowdown);
  try {
    const bodies = new Map<string, Promise<{ kind: FetchedFile['kind']; body: Buffer } | null>>();
    page.on('response', (response) => {
      const kind = kindOf(response.headers()['content-type'] ?? '');
      if (kind)
        bodies.set(
          response.url(),
          response.body().then(
            (body) => ({ kind, body }),
            () => null,
          ),
        );
    });
    await page.addInitScript({ content: readyWatcher(target.ready) });
    await page.goto(target.url);
    // Functions, not strings, from here on: the app's Content Security Policy forbids eval.
    await page.waitForFunction(() => (window as PageWindow).__ready !== undefined, null, {
      timeout: 60_000,
    });
    const { readyMs, fetched } = await page.evaluate(() => {
      const readyMs = (window as PageWindow).__ready!;
      const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime <= readyMs)
        .map((e) => ({ name: e.name, transfer: e.encodedBodySize }));
      return { readyMs, fetched };
    });
    const files: FetchedFile[] = [];
    for (const { name, transfer } of fetched) {
      const got = await bodies.get(name);
      if (!got) continue;
      files.push({
        path: new URL(name).pathname,
        kind: got.kind,
        transfer,
        raw: got.body.length,
        gzip: gzipSync(got.body, { level: 9 }).length,
      });
    }
    if (measureHeap) await page.waitForLoadState('networkidle');
    const heap = measureHeap ? await heapUsed(cdp) : null;
    return { readyMs, files, heap };
  } finally {
    await context.close();
  }
}
