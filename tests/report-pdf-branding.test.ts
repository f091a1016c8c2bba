import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, type PdfBranding, type RenderPdfOptions } from '@/report/pdf/render-pdf';
import { repoRoot } from '../scripts/questionnaire-files';
import { exampleModel as model, flat, pdfOptions, renderedExample } from './helpers/rendered-pdf';
import { readPdf, type PdfContent } from './pdf-text';

/**
 * The deployment configuration in the PDF: the deployer's name on the cover and
 * in every page footer, their logo on the cover, their colour, and their
 * contact details and documents on the closing page.
 */

const APP_URL = 'https://check.partners.example';
const logo = new Uint8Array(readFileSync(join(repoRoot, 'tests/fixtures/brand/logo.png')));

const branding: PdfBranding = {
  name: 'Privacy Partners',
  color: '#0b5d3b',
  logo,
  contact: {
    name: 'Privacy desk',
    email: 'privacy@partners.example',
    phone: '+31 20 123 4567',
    url: 'https://partners.example/contact',
  },
  links: { dpa: '/docs/dpa.pdf', privacy: 'https://partners.example/privacy' },
};

const options = (extra: Partial<RenderPdfOptions> = {}) =>
  pdfOptions('en', { appUrl: APP_URL, ...extra });

describe('a branded report PDF', () => {
  let pdf: PdfContent;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderPdf(model, options({ branding }));
    pdf = await readPdf(bytes, ' ');
    // Kept for looking at: pdftoppm -png -r 60 out/branded-report.pdf out/branded
    mkdirSync(join(repoRoot, 'out'), { recursive: true });
    writeFileSync(join(repoRoot, 'out/branded-report.pdf'), bytes);
  });

  it('names the deployer on the cover and in the footer of every page', () => {
    expect(pdf.pages[0]).toContain('Privacy Partners');
    for (const page of pdf.pages)
      expect(flat(page)).toContain('Privacy Partners · Self-assessment');
  });

  it('embeds the PNG logo on the cover', () => {
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Subtype \/Image/);
  });

  it('lists the contact details and documents on the closing page, with working links', () => {
    const last = flat(pdf.pages.at(-1) ?? '');
    for (const text of [
      'Privacy desk',
      'Email: privacy@partners.example',
      'Phone: +31 20 123 4567',
      'Website: https://partners.example/contact',
      'Data processing agreement',
      `${APP_URL}/docs/dpa.pdf`,
      'Privacy statement',
    ])
      expect(last).toContain(text);
    const urls = pdf.links.filter((l) => l.page === pdf.pages.length).map((l) => l.url);
    expect(urls).toContain('mailto:privacy@partners.example');
    expect(urls).toContain(`${APP_URL}/docs/dpa.pdf`);
    expect(urls).toContain('https://partners.example/privacy');
  });
});

describe('a PDF without branding', () => {
  it('keeps the app’s own footer and has no contact section', async () => {
    const pdf = (await renderedExample('en')).content;
    expect(flat(pdf.pages[0] ?? '')).toMatch(/^GDPR READINESS REPORT/);
    expect(flat(pdf.pages.at(-1) ?? '')).not.toContain('Contact');
    expect(pdf.pages.join('\n')).not.toContain(' · Self-assessment');
  });
});

describe('a logo the PDF cannot embed', () => {
  it.each([
    ['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a damaged PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])],
  ])('is left out when it is %s, and the rest of the branding stays', async (_, bad) => {
    const bytes = await renderPdf(model, options({ branding: { ...branding, logo: bad } }));
    const pdf = await readPdf(bytes, ' ');
    expect(pdf.pages[0]).toContain('Privacy Partners');
    expect(new TextDecoder('latin1').decode(bytes)).not.toMatch(/\/Subtype \/Image/);
  });
});
