import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const INDEX_KEY = 'gdpr-readiness:library';
const ASIDE_PREFIX = 'gdpr-readiness:unreadable:library:';

/** Three named assessments: one exported, a re-assessment of it that is open, and a third. */
function index(damage: Record<string, unknown>): string {
  const entry = (id: string, fields: Record<string, unknown>) => ({
    id,
    name: '',
    questionnaireId: 'gdpr-readiness',
    createdAt: '2026-01-05T08:00:00.000Z',
    lastExportedAt: null,
    basedOn: null,
    ...fields,
  });
  return JSON.stringify({
    type: 'gdpr-readiness-library',
    version: 1,
    activeId: 'shop-2026',
    assessments: [
      entry('shop-2025', { name: 'Web shop 2025', lastExportedAt: '2026-02-01T12:00:00.000Z' }),
      entry('shop-2026', { name: 'Web shop 2026', basedOn: 'shop-2025' }),
      entry('clinic', { name: 'Clinic', ...damage }),
    ],
  });
}

function setIndex(page: Page, text: string): Promise<void> {
  return page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [INDEX_KEY, text]);
}

/** The damaged lists set aside so far, oldest first. */
function setAside(page: Page): Promise<[string, string][]> {
  return page.evaluate((prefix) => {
    const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
    return keys.sort().map((key): [string, string] => [key, localStorage.getItem(key) ?? '']);
  }, ASIDE_PREFIX);
}

function rows(page: Page): Promise<string[]> {
  return page.locator('.library-table tbody tr').allInnerTexts();
}

describe('a damaged list of assessments', () => {
  it('is repaired field by field, set aside with a timestamp and offered for download', async () => {
    const { page } = await openSession(browser);
    await page.goto(`${baseURL()}/assessments`);
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    const firstDamage = index({ createdAt: 'last Tuesday' });
    await setIndex(page, firstDamage);
    await page.reload();

    const alert = page.getByRole('alert').filter({ hasText: 'list of your assessments' });
    await expect
      .poll(() => alert.textContent())
      .toContain(
        'The list of your assessments was damaged and has been repaired: 1 creation date could not be read.',
      );
    await expect.poll(() => rows(page)).toHaveLength(3);
    const [shop2025, shop2026, clinic] = await rows(page);
    expect(shop2025).toContain('Web shop 2025');
    expect(shop2025).not.toContain('Never');
    expect(shop2025).toMatch(/2026/);
    expect(shop2026).toContain('Web shop 2026 (open now) (re-assessment)');
    expect(clinic).toContain('Clinic');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('link', { name: 'Download the damaged list' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gdpr-readiness-damaged-list.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(firstDamage);
    const [[key, text]] = (await setAside(page)) as [[string, string]];
    expect(key).toMatch(/^gdpr-readiness:unreadable:library:\d{4}-\d\d-\d\dT[\d:.]+Z$/);
    expect(text).toBe(firstDamage);

    // The repaired list was written back: a reload finds nothing to repair.
    await page.reload();
    await expect.poll(() => rows(page)).toHaveLength(3);
    expect(await page.getByRole('alert').count()).toBe(0);

    // A second damage, found where the wizard opens, keeps the first copy beside the second.
    const secondDamage = index({ lastExportedAt: 'soon', name: { text: 'Clinic' } });
    await setIndex(page, secondDamage);
    await page.goto(`${baseURL()}/`);
    await expect
      .poll(() => alert.textContent())
      .toContain('1 name and 1 export date could not be read.');
    expect((await setAside(page)).map(([, value]) => value)).toEqual([firstDamage, secondDamage]);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => alert.count()).toBe(0);
  });
});
