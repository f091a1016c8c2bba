import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf-text';
import { baseURL, controlledByServiceWorker, cspViolations, launch, openSession } from './browser';
import { path } from './wizard-driver';
import { runAxe, WCAG_AND_BEST_PRACTICE } from './axe';

// The worker precaches the whole app before it takes over: seconds on a loaded 2-core machine.
const serviceWorker = { timeout: 30_000, interval: 100 };

/**
 * The deployment configuration in the browser: /config.json is answered by the
 * test (a route on that one same-origin address, registered after openSession's
 * guard and so asked first; every other request still passes the guard).
 */

const logo = readFileSync(new URL('../fixtures/brand/logo.png', import.meta.url));

const branded = {
  $schema: './config.schema.json',
  version: 1,
  name: 'Privacy Partners',
  logo: '/brand/logo.png',
  primaryColor: '#0b5d3b',
  contact: { name: 'Privacy desk', email: 'privacy@partners.example', phone: '+31 20 123 4567' },
  links: { dpa: '/docs/dpa.pdf', privacy: 'https://partners.example/privacy' },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function serveConfig(
  context: BrowserContext,
  body: unknown,
  { status = 200 }: { status?: number } = {},
): Promise<void> {
  const origin = new URL(baseURL()).origin;
  await context.route(`${origin}/config.json`, (route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  await context.route(`${origin}/brand/logo.png`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: logo }),
  );
}

async function axe(page: Page): Promise<string[]> {
  const result = await runAxe(page, WCAG_AND_BEST_PRACTICE);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const primaryColor = (page: Page) =>
  page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim(),
  );

describe('a deployment configuration', () => {
  it('puts the name, logo, colour, contact and links into the app and the name into the PDF', async () => {
    const { page, context, offOrigin, errors } = await openSession(browser);
    await serveConfig(context, branded);
    await page.goto(`${baseURL()}/`);
    await page.locator('.intro h1').waitFor();

    const brand = page.locator('header .brand');
    await expect.poll(() => brand.textContent()).toBe('Privacy Partners');
    await expect
      .poll(() => brand.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(180);
    expect(await primaryColor(page)).toBe('#0b5d3b');
    // Polled: on a first visit the wizard's intro takes the place of the first one once its code
    // is in, and a button read at that moment is no longer in the page (no computed style).
    const start = page.getByRole('button', { name: 'Start the assessment' });
    await expect
      .poll(() => start.evaluate((el) => getComputedStyle(el).backgroundColor))
      .toBe('rgb(11, 93, 59)');
    await expect.poll(() => page.title()).toContain('Privacy Partners');
    expect(await page.locator('.config-notice').count()).toBe(0);
    const footer = page.locator('footer');
    expect(
      await footer.getByRole('link', { name: 'Data processing agreement' }).getAttribute('href'),
    ).toBe('/docs/dpa.pdf');
    expect(await footer.getByRole('link', { name: '+31 20 123 4567' }).getAttribute('href')).toBe(
      'tel:+31201234567',
    );
    await page.locator('header').screenshot({ path: 'out/config-branded-header.png' });
    await page.screenshot({ path: 'out/config-branded-home.png', fullPage: true });
    expect(await axe(page)).toEqual([]);

    await page.getByRole('link', { name: 'Processing agreements' }).click();
    expect(
      await page
        .getByRole('link', { name: 'Read the data processing agreement of Privacy Partners' })
        .getAttribute('href'),
    ).toBe('/docs/dpa.pdf');

    await page.locator('header .brand').click();
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    const help = page.getByRole('region', { name: 'Further help' });
    expect(await help.textContent()).toContain('Privacy Partners can help');
    expect(await axe(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pages = await pdfText(new Uint8Array(readFileSync(await download.path())), ' ');
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(pages[0]).toContain('Privacy Partners');
    expect(text).toContain('Privacy Partners · Self-assessment, not legal advice');
    expect(text).toContain('privacy@partners.example');
    // Served from 127.0.0.1 without a publicUrl: the document's path is named, not linked.
    expect(text).toContain("On this check's website: /docs/dpa.pdf");
    expect(text).not.toContain(new URL(baseURL()).host);

    expect(await cspViolations(page)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens in the configured language unless the person chose one', async () => {
    const { page, context } = await openSession(browser, { locale: 'en-GB' });
    await serveConfig(context, { defaultLanguage: 'nl' });
    await page.goto(`${baseURL()}/`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByLabel('Taal').selectOption('en');
    // The switch happens once the questionnaire's English texts are in.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.locator('.intro h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

describe('offline', () => {
  it('keeps the configuration after one visit, with no warning', async () => {
    const { page, context } = await openSession(browser);
    await serveConfig(context, branded);
    await page.goto(`${baseURL()}/`);
    await page.locator('.intro h1').waitFor();
    await controlledByServiceWorker(page);
    // The copy fetched through the worker when it took over.
    await expect
      .poll(
        () => page.evaluate(async () => (await caches.keys()).includes('deployment-config')),
        serviceWorker,
      )
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.locator('.intro h1').waitFor();
    await expect.poll(() => page.locator('header .brand').textContent()).toBe('Privacy Partners');
    expect(await page.locator('.config-notice').count()).toBe(0);
  });
});

describe('a broken deployment configuration', () => {
  it.each([
    [
      'is not JSON',
      '{ name: "Privacy Partners" ',
      200,
      'is not valid JSON',
      'config.json $: config.json is not valid JSON',
    ],
    ['is missing', 'Not found', 404, 'was not found', 'HTTP 404'],
    [
      'breaks the format',
      { logo: 'https://cdn.example/logo.png' },
      200,
      'contains mistakes',
      'config.json $.logo: must be a path on this site',
    ],
  ])(
    'that %s: a warning with the details, and the app on its defaults',
    async (_, body, status, plain, detail) => {
      const { page, context, offOrigin } = await openSession(browser);
      await serveConfig(context, body, { status });
      await page.goto(`${baseURL()}/`);
      const notice = page.getByRole('alert');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(plain);
      expect(await notice.textContent()).toContain(detail);
      expect(await page.locator('header .brand').textContent()).toBe('GDPR readiness check');
      expect(await primaryColor(page)).toBe('#1d4e89');
      // The notice does not stand in the way.
      await page.getByRole('button', { name: 'Start the assessment' }).click();
      await expect.poll(() => path(page)).not.toBe('/');
      await page.locator('form.step').waitFor();
      expect(await axe(page)).toEqual([]);
      expect(offOrigin).toEqual([]);
    },
  );

  it('with a colour too light for text: names the ratio, keeps the default colour and uses the rest', async () => {
    const { page, context } = await openSession(browser);
    await serveConfig(context, { name: 'Privacy Partners', primaryColor: '#ffcc00' });
    await page.goto(`${baseURL()}/`);
    const notice = page.getByRole('alert');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('could not be used');
    expect(text).toContain('config.json $.primaryColor');
    expect(text).toMatch(/contrast of 1\.\d\d:1 with white/);
    expect(text).toContain('the default colour is used');
    await expect.poll(() => page.locator('header .brand').textContent()).toBe('Privacy Partners');
    expect(await primaryColor(page)).toBe('#1d4e89');
    await page.locator('.intro h1').waitFor();
    await page.screenshot({ path: 'out/config-warning.png' });
    expect(await axe(page)).toEqual([]);
  });
});
