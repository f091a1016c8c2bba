import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import dpaEn from '../../src/knowledge/locales/dpa.en.json';
import dpaNl from '../../src/knowledge/locales/dpa.nl.json';
import { pdfText } from '../pdf-text';
import { baseURL, launch, openSession } from './browser';
import { path } from './wizard-driver';
import { runAxe, WCAG } from './axe';

/**
 * The DPA guide as a checklist ticked per vendor: added, ticked by keyboard,
 * kept through a reload, renamed and removed with a confirmation, and carried
 * into the results page and the PDF.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const vendor = (page: Page, name: string) =>
  page.locator('.vendor-review').filter({ has: page.getByRole('heading', { name, exact: true }) });

async function addVendor(page: Page, name: string, texts = dpaEn): Promise<void> {
  await page.getByLabel(texts.reviews.name, { exact: true }).fill(name);
  await page.getByLabel(texts.reviews.name, { exact: true }).press('Enter');
  await expect.poll(() => focusedText(page)).toBe(name);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await runAxe(page, WCAG);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('checking vendors’ processing agreements', () => {
  it('ticks per vendor, keeps it, and shows it in the results and the PDF', async () => {
    const { page, offOrigin, errors } = await openSession(browser);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    const panel = page.locator('section.processor-agreements');
    await expect
      .poll(() => panel.textContent())
      .toContain('not checked any of their agreements yet');
    await panel.getByRole('link', { name: 'Check agreements with the checklist' }).click();
    await expect.poll(() => path(page)).toBe('/dpa');

    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain(dpaEn.reviews.empty);
    await page.getByRole('button', { name: dpaEn.reviews.add }).click();
    await expect
      .poll(() => page.locator('#vendor-name-error').textContent())
      .toBe(dpaEn.reviews.nameRequired);
    expect(await focusedId(page)).toBe('vendor-name');

    await addVendor(page, 'Mailbox Zoë BV');
    await addVendor(page, 'Payroll Łódź');
    await expect
      .poll(() => page.locator('.dpa-reviews-count').textContent())
      .toBe('2 suppliers, 0 with every element found');

    // Keyboard only: Tab from the vendor's heading to its first checkbox, Space ticks.
    const mailbox = vendor(page, 'Mailbox Zoë BV');
    await mailbox.getByRole('heading').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const labels = dpaEn.items;
    await expect
      .poll(() =>
        mailbox.getByRole('checkbox', { name: labels['processing-details'].label }).isChecked(),
      )
      .toBe(true);
    await expect
      .poll(() => mailbox.getByRole('checkbox', { name: labels.confidentiality.label }).isChecked())
      .toBe(true);
    expect(
      await mailbox
        .getByRole('checkbox', { name: labels['documented-instructions'].label })
        .isChecked(),
    ).toBe(false);
    await expect
      .poll(() => mailbox.getByRole('status').textContent())
      .toBe('2 of 11 elements found');
    expect(await mailbox.locator('.vendor-result').textContent()).toContain(
      'Rules for sub-processors',
    );
    // The note on the Commission's clauses is explained, never ticked.
    expect(await mailbox.getByRole('checkbox').count()).toBe(11);
    expect(await page.locator('.dpa-note').textContent()).toContain('2021/915');

    await page.reload();
    await expect.poll(() => page.locator('.vendor-review').count()).toBe(2);
    await expect
      .poll(() =>
        vendor(page, 'Mailbox Zoë BV')
          .getByRole('checkbox', { name: labels.confidentiality.label })
          .isChecked(),
      )
      .toBe(true);

    // Rename: the field takes focus; an empty name is refused; saving focuses the new name.
    const payroll = vendor(page, 'Payroll Łódź');
    await payroll.getByRole('button', { name: 'Rename Payroll Łódź' }).click();
    const newName = page.getByLabel('New name for Payroll Łódź');
    await expect.poll(() => focusedId(page)).toMatch(/-new-name$/);
    await newName.fill('  ');
    await newName.press('Enter');
    await expect
      .poll(() => page.locator('.vendor-rename .field-error').textContent())
      .toBe(dpaEn.reviews.nameRequired);
    await newName.fill('Payroll Łódź Cloud');
    await newName.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Payroll Łódź Cloud');

    // Remove asks first; keeping it loses nothing, removing moves focus to a neighbour.
    await addVendor(page, 'Temporary Ltd');
    await vendor(page, 'Temporary Ltd')
      .getByRole('button', { name: 'Remove Temporary Ltd' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Remove Temporary Ltd?' });
    await dialog.getByRole('button', { name: dpaEn.reviews.removeCancel }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.vendor-review').count()).toBe(3);
    await vendor(page, 'Temporary Ltd')
      .getByRole('button', { name: 'Remove Temporary Ltd' })
      .click();
    await dialog.getByRole('button', { name: dpaEn.reviews.removeConfirm }).click();
    await expect.poll(() => page.locator('.vendor-review').count()).toBe(2);
    await expect.poll(() => focusedText(page)).toBe('Payroll Łódź Cloud');
    await expect
      .poll(() => page.locator('.dpa-reviews-count').textContent())
      .toBe('Temporary Ltd was removed. 2 suppliers, 0 with every element found');

    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseURL()}/results`);
    await expect.poll(() => panel.textContent()).toContain('Mailbox Zoë BV');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Payroll Łódź Cloud');
    expect(text).toContain('2 of 11 found');
    expect(text).not.toContain('Temporary Ltd');
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pages = await pdfText(new Uint8Array(readFileSync(await download.path())), ' ');
    const pdf = pages.join('\n').replace(/\s+/g, ' ');
    expect(pdf).toContain('Processor agreements');
    expect(pdf).toContain('Mailbox Zoë BV');
    expect(pdf).toContain(
      'Rules for sub-processors (Art. 28(3)(d) GDPR, Art. 28(2) GDPR, Art. 28(4) GDPR)',
    );

    // A missing element links to its explanation in the guide.
    await panel.getByRole('link', { name: 'Rules for sub-processors' }).first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#sub-processors');
    await expect.poll(() => focusedId(page)).toBe('sub-processors');

    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has no axe violations with vendors in Dutch', async () => {
    const { page } = await openSession(browser, { locale: 'nl-NL' });
    await page.goto(`${baseURL()}/dpa`);
    await page.locator('h1').waitFor();
    await addVendor(page, 'Boekhouding Bakker', dpaNl);
    await vendor(page, 'Boekhouding Bakker')
      .getByRole('checkbox', { name: dpaNl.items['written-form'].label })
      .check();
    await expect
      .poll(() => vendor(page, 'Boekhouding Bakker').getByRole('status').textContent())
      .toBe('1 van 11 onderdelen gevonden');
    await page.getByRole('button', { name: 'Naam wijzigen Boekhouding Bakker' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
