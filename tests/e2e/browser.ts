import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

export { CHROMIUM_PATH };
const args = CHROMIUM_ARGS;

export function baseURL(): string {
  return inject('baseURL');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made, in order. */
  readonly requests: string[];
  /** Requests that went anywhere but the app's own origin (they are blocked). */
  readonly offOrigin: string[];
  readonly errors: string[];
}

/**
 * A fresh browser profile with a guard: every request is recorded, and any
 * request that leaves the app's origin is blocked and listed.
 */
export async function openSession(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // Playwright's 30 s default is too short when CI shares both cores with another build.
  context.setDefaultTimeout(60_000);
  const origin = new URL(baseURL()).origin;
  const requests: string[] = [];
  const offOrigin: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith('blob:') || url.startsWith('data:') || new URL(url).origin === origin) {
      await route.continue();
    } else {
      offOrigin.push(url);
      await route.abort();
    }
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(
        `${event.violatedDirective}: ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, requests, offOrigin, errors };
}

/** Content-Security-Policy violations the page reported since it loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  );
}

/**
 * Waits until the service worker is installed and controls the page, so that
 * what the page loaded is cached and the app can go offline. Generous: a loaded
 * machine takes a while to precache the build.
 */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 30_000,
      interval: 100,
    })
    .toBe(true);
}
