import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { startStaticServer, type StaticServer } from './static-server';
import { answer, path } from './wizard-driver';

const repoRoot = new URL('../..', import.meta.url).pathname;
const slow = { timeout: 30_000, interval: 100 };

/** Stamps a build into its entry chunk, so every chunk name changes and the page can tell which version runs. */
function markBuild(mark: string): Plugin {
  return {
    name: 'mark-build',
    enforce: 'post',
    transform: (code, id) =>
      id.endsWith('/src/main.tsx')
        ? `${code}\nglobalThis.__build = ${JSON.stringify(mark)};\n`
        : null,
  };
}

async function buildApp(outDir: string, mark: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  // Vitest sets "test", which would give React's development build and workbox's debug worker.
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot,
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
      plugins: [markBuild(mark)],
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

const chunk = (dir: string, name: string) =>
  readdirSync(join(dir, 'assets')).find((file) => file.startsWith(`${name}-`));

let tmp: string;
let buildA: string;
let buildB: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'gdpr-updates-'));
  buildA = join(tmp, 'a');
  buildB = join(tmp, 'b');
  await buildApp(buildA, 'A');
  await buildApp(buildB, 'B');
  // The point of the test: the chunk the open tab has not loaded yet is gone from the new build.
  expect(chunk(buildB, 'assessments-root')).not.toBe(chunk(buildA, 'assessments-root'));
  server = await startStaticServer(buildA);
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function runningBuild(page: Page): Promise<string | null> {
  return page
    .evaluate(() => (globalThis as { __build?: string }).__build ?? null)
    .catch(() => null);
}

/** Opens build A, starts an assessment and answers its first question. */
async function answerOnBuildA(page: Page): Promise<void> {
  server.serve(buildA);
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect.poll(() => path(page)).toBe('/assessment/scope');
  await answer(page, 'en', 'personal-data', 'yes');
  await expect
    .poll(() => page.evaluate(() => JSON.stringify({ ...localStorage })))
    .toContain('personal-data');
}

async function expectAnswerKept(page: Page): Promise<void> {
  await page.goto(`${server.url}/assessment/scope`);
  await expect
    .poll(
      () =>
        page
          .locator('#question-personal-data')
          .getByRole('radio', { name: 'Yes', exact: true })
          .isChecked(),
      slow,
    )
    .toBe(true);
}

async function expectNotBlank(page: Page): Promise<void> {
  expect((await page.locator('#root').innerText()).trim()).not.toBe('');
}

describe('a new version while the app is open', () => {
  it('waits for the person: the open tab keeps working, the banner offers a reload, and Reload brings the new version with every answer', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await answerOnBuildA(page);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), slow)
      .toBe(true);
    const radio = page
      .locator('#question-personal-data')
      .getByRole('radio', { name: 'Yes', exact: true });
    await radio.focus();

    server.serve(buildB);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await banner.waitFor({ timeout: 30_000 });
    expect(await radio.evaluate((node) => node === document.activeElement)).toBe(true);

    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    await expectNotBlank(page);
    expect(await runningBuild(page)).toBe('A');
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting !== null;
      }),
    ).toBe(true);

    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => runningBuild(page), slow).toBe('B');
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    await expect(banner.count()).resolves.toBe(0);
    await expectAnswerKept(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a reload message, never a blank page, when a route’s chunk is gone, and the reload keeps every answer', async () => {
    // Without a service worker (blocked, unsupported, or not yet in control) the old chunks are simply gone.
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    await answerOnBuildA(page);

    server.serve(buildB);
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    const heading = page.getByRole('heading', { name: 'This part of the app was updated' });
    await heading.waitFor({ timeout: 30_000 });
    await expectNotBlank(page);
    expect(await page.getByRole('link', { name: 'Workshop', exact: true }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Reload', exact: true }).click();
    await expect.poll(() => runningBuild(page), slow).toBe('B');
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    await expectAnswerKept(page);
    await context.close();
  });
});
