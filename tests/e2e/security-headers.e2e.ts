import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import { baseURL, launch } from './browser';

/** The server here is started the way `npm start` starts it (global-setup.ts), with its headers. */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Another site on its own origin (another port): a page that frames `target`, and a page of its
 * own that it frames too, to show that frames load at all here.
 */
async function framingSite(target: string) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      request.url === '/own'
        ? '<!doctype html><title>own</title><p id="own">a page of the framing site</p>'
        : `<!doctype html><title>framer</title>
           <iframe id="own" src="/own"></iframe>
           <iframe id="app" src="${target}"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the headers npm start sends', () => {
  it('are on every file: the page, a deep link, the service worker, scripts, data and icons', async () => {
    const html = await (await fetch(`${baseURL()}/`)).text();
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\//);
    const files = ['/', '/results', '/sw.js', script!, '/manifest.webmanifest', '/config.json'];
    for (const file of [...files, '/icon.svg', '/robots.txt']) {
      const response = await fetch(`${baseURL()}${file}`);
      expect(response.status, file).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${name} on ${file}`).toBe(value);
    }
  });

  it('keep the app out of a frame on another site', async () => {
    const site = await framingSite(`${baseURL()}/`);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes("frame-ancestors 'none'")) refused.push(message.text());
      });
      await page.goto(site.url);
      const own = page.frameLocator('#own').locator('#own');
      await expect.poll(() => own.textContent()).toBe('a page of the framing site');
      await expect.poll(() => refused.length).toBeGreaterThan(0);
      // Chromium puts its own error page in the frame instead of the app.
      expect(page.frames().filter((frame) => frame.url().startsWith(baseURL()))).toEqual([]);
      expect(await page.frameLocator('#app').locator('#root').count()).toBe(0);
    } finally {
      await context.close();
      await site.close();
    }
  });
});
