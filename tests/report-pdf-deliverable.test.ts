import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, GDPR_URL, UAVG_URL } from '@/report/pdf/render-pdf';
import { workshopNotes } from '@/report/workshop-notes';
import { webshop } from './helpers/transfer';
import { loadShippedQuestionnaire } from './helpers/questionnaires';
import { exampleModel as model, flat, pdfOptions } from './helpers/rendered-pdf';
import { readPdf, type PdfContent } from './pdf-text';

/**
 * What the workshop hands over in the PDF: who assessed and took part on the cover, the notes
 * and parked questions in their own chapter, and links only to where a reader can go.
 */

const notes = workshopNotes(
  model.answers,
  { ...webshop.notes, 'breach-procedure': 'Anna: ask the host\n\nBram: we have a draft' },
  ['breach-procedure', 'dpo-appointed'],
);
// The law and the sources of the national laws that apply, which the closing chapter links.
const LAW = new Set([
  GDPR_URL,
  UAVG_URL,
  ...loadShippedQuestionnaire().nationalModules.flatMap((m) => m.sources.map((s) => s.url)),
]);
const appLinks = (pdf: PdfContent) =>
  pdf.links.flatMap((l) => (l.url !== null && !LAW.has(l.url) ? [l.url] : []));
const text = (pdf: PdfContent) => flat(pdf.pages.join('\n'));

describe('a PDF with the workshop’s notes, its team and no address to link to', () => {
  let pdf: PdfContent;
  let nl: PdfContent;

  beforeAll(async () => {
    const branding = { links: { dpa: '/docs/dpa.pdf', privacy: 'https://partners.example/p' } };
    const options = {
      assessor: 'Sam de Vries',
      participants: 'Anna Jansen, Bram de Wit',
      appUrl: null,
      workshopNotes: notes,
      branding,
    };
    [pdf, nl] = await Promise.all([
      renderPdf(model, pdfOptions('en', options)).then((b) => readPdf(b, ' ')),
      renderPdf(model, pdfOptions('nl', options)).then((b) => readPdf(b, ' ')),
    ]);
  });

  it('names who assessed and who took part on the cover', () => {
    expect(flat(pdf.pages[0] ?? '')).toContain('Assessed by Sam de Vries');
    expect(flat(pdf.pages[0] ?? '')).toContain('Participants Anna Jansen, Bram de Wit');
    expect(flat(nl.pages[0] ?? '')).toContain('Uitgevoerd door Sam de Vries');
    expect(flat(nl.pages[0] ?? '')).toContain('Deelnemers Anna Jansen, Bram de Wit');
  });

  it('prints each noted or parked question with its section, in a chapter of its own', () => {
    expect(flat(pdf.pages[0] ?? '')).toContain('Workshop notes');
    const page = pdf.pages.findIndex((p) => p.startsWith('Workshop notes'));
    expect(page).toBeGreaterThan(0);
    const chapter = flat(pdf.pages.slice(page).join('\n'));
    expect(chapter).toContain('Discuss with the web agency.');
    expect(chapter).toContain('Anna: ask the host');
    expect(chapter).toContain('Bram: we have a draft');
    expect(chapter.match(/Parked: to come back to/g)).toHaveLength(2);
    expect(text(nl)).toContain('Notities uit de workshop');
    expect(text(nl)).toContain('Geparkeerd: later op terugkomen');
  });

  it('names the app’s pages and the deployer’s own page without linking anywhere but the law', () => {
    expect(appLinks(pdf)).toEqual(['https://partners.example/p']);
    expect(text(pdf)).toContain("In this check's menu: FAQ");
    expect(text(pdf)).toContain("In this check's menu: Processing agreements");
    expect(text(pdf)).toContain("On this check's website: /docs/dpa.pdf");
    expect(text(nl)).toContain('In het menu van deze check: Verwerkersovereenkomst');
    expect(text(pdf)).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});

describe('a PDF made without the notes and with a public address', () => {
  let pdf: PdfContent;

  beforeAll(async () => {
    const bytes = await renderPdf(
      model,
      pdfOptions('en', {
        appUrl: 'https://gdpr-check.partners.example',
        branding: { links: { dpa: '/docs/dpa.pdf' } },
      }),
    );
    pdf = await readPdf(bytes, ' ');
  });

  it('has no notes chapter, says who assessed is not stated only when nobody is', () => {
    expect(text(pdf)).not.toContain('Workshop notes');
    expect(text(pdf)).not.toContain('Discuss with the web agency.');
    expect(flat(pdf.pages[0] ?? '')).toContain('Assessed by Sam de Vries');
    expect(flat(pdf.pages[0] ?? '')).not.toContain('Participants');
  });

  it('starts every link to the app with the public address', () => {
    const links = appLinks(pdf);
    expect(links).toContain('https://gdpr-check.partners.example/faq');
    expect(links).toContain('https://gdpr-check.partners.example/dpa');
    expect(links).toContain('https://gdpr-check.partners.example/docs/dpa.pdf');
    for (const url of links) expect(url).toMatch(/^https:\/\/gdpr-check\.partners\.example\//);
  });
});
