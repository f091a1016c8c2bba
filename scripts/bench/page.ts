// Helpers shared by the browser measurements. Init scripts are strings: tsx wraps named functions
// in a helper (__name) that the page does not have. Code evaluated later must be a function with no
// named functions inside, since the app's Content Security Policy forbids evaluating strings.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export interface FreshPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
}

/** What the watchers below leave on `window`. */
export interface PageWindow extends Window {
  __ready?: number;
  __long?: { start: number; duration: number }[];
  __downloadAt?: number;
}

/** A new context (empty cache, no service worker) and page, its CPU slowed `cpuSlowdown` times. */
export async function freshPage(browser: Browser, cpuSlowdown: number): Promise<FreshPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { context, page, cdp };
}

/**
 * Records in `window.__ready` the time since navigation start (performance.now() counts from
 * timeOrigin) of the first animation frame in which every selector matches a visible element.
 */
export function readyWatcher(selectors: readonly string[]): string {
  return `(() => {
    const selectors = ${JSON.stringify(selectors)};
    const check = () => {
      const all = selectors.every((s) => {
        const el = document.querySelector(s);
        return el !== null && el.checkVisibility();
      });
      if (all) window.__ready = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

/**
 * Records in `window.__downloadAt` when the page offers a file: download-file.ts hands it over by
 * clicking a link with a download attribute.
 */
export const DOWNLOAD_WATCHER = `(() => {
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) window.__downloadAt = performance.now();
    return click.call(this);
  };
})();`;

/** Collects long tasks (50 ms or more, the browser reports no shorter ones) in `window.__long`. */
export const LONG_TASK_WATCHER = `(() => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
  return used;
}
