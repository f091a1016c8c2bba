import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@/engine/session/session.schema';
import { GDPR_URL, UAVG_URL } from '@/report/pdf/render-pdf';
import { runReport } from './helpers/report-cli';
import { loadShippedQuestionnaire } from './helpers/questionnaires';
import { webshop } from './helpers/transfer';
import { extractEmbeddedAnswers, readPdf, type PdfContent } from './pdf-text';

/**
 * `npm run report` and what a workshop hands over: the file name in the report's language,
 * `--assessor` over the session's own, the notes with `--embed-notes`, and links that start
 * with `--public-url` or are not there at all.
 */

const dir = mkdtempSync(join(tmpdir(), 'report-deliverable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const session: Session = {
  ...webshop,
  parked: ['records-of-processing'],
  team: { assessedBy: 'Sam de Vries', participants: 'Anna Jansen, Bram de Wit' },
};
writeFileSync(join(dir, 'session.json'), JSON.stringify(session));

// The law and the sources of the national laws that apply, which the closing chapter links.
const LAW = new Set([
  GDPR_URL,
  UAVG_URL,
  ...loadShippedQuestionnaire().nationalModules.flatMap((m) => m.sources.map((s) => s.url)),
]);
const appLinks = (pdf: PdfContent) =>
  pdf.links.flatMap((l) => (l.url === null || LAW.has(l.url) ? [] : [l.url]));

async function pdfOf(...flags: string[]): Promise<{ pdf: PdfContent; bytes: Uint8Array }> {
  const out = `out-${flags.join('_').replace(/[^a-z0-9]+/gi, '-')}.pdf`;
  const result = await runReport(['session.json', '--out', out, '--force', ...flags], dir);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const bytes = new Uint8Array(readFileSync(join(dir, out)));
  return { pdf: await readPdf(bytes, ' '), bytes };
}

describe('npm run report: the deliverable', () => {
  it('names the PDF in the report’s language', async () => {
    const nl = await runReport(['session.json', '--lang', 'nl', '--force'], dir);
    expect(nl.code).toBe(0);
    expect(nl.stdout.trim()).toMatch(/\/avg-rapport-[a-z0-9-]+-2026-03-02\.pdf$/);
  });

  describe('with --assessor, --embed-notes and --public-url', () => {
    let made: { pdf: PdfContent; bytes: Uint8Array };
    beforeAll(async () => {
      made = await pdfOf(
        '--assessor',
        'Łucja Dvořák',
        '--embed-notes',
        '--public-url',
        'https://gdpr-check.example.org/',
      );
    }, 60_000);

    it('puts the assessor given over the session’s, and keeps its participants', async () => {
      const cover = (made.pdf.pages[0] ?? '').replace(/\s+/g, ' ');
      expect(cover).toContain('Assessed by Łucja Dvořák');
      expect(cover).toContain('Participants Anna Jansen, Bram de Wit');
      const embedded = (await extractEmbeddedAnswers(made.bytes)) as Session;
      expect(embedded.team).toEqual({
        assessedBy: 'Łucja Dvořák',
        participants: 'Anna Jansen, Bram de Wit',
      });
    });

    it('prints the notes and the parked question', () => {
      const text = made.pdf.pages.join('\n').replace(/\s+/g, ' ');
      expect(text).toContain('Workshop notes');
      expect(text).toContain('Discuss with the web agency.');
      expect(text).toContain('Parked: to come back to');
    });

    it('starts every link to the app with the public address', () => {
      const links = appLinks(made.pdf);
      expect(links).toContain('https://gdpr-check.example.org/faq');
      for (const url of links) expect(url).toMatch(/^https:\/\/gdpr-check\.example\.org\//);
    });
  });

  it('without an address, or with a loopback one, links to none of the app’s pages', async () => {
    for (const flags of [[], ['--app-url', 'http://127.0.0.1:4173']]) {
      const { pdf } = await pdfOf(...flags);
      expect(appLinks(pdf)).toEqual([]);
      const text = pdf.pages.join('\n');
      expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(text).not.toContain('Discuss with the web agency.');
      expect(text.replace(/\s+/g, ' ')).toContain('Assessed by Sam de Vries');
    }
  }, 60_000);

  it.each(['http://gdpr-check.example.org', 'https://localhost:4173', 'https://127.0.0.1'])(
    'refuses --public-url %s',
    async (url) => {
      const result = await runReport(['session.json', '--public-url', url], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^report: --public-url must be an https:\/\/ address/);
    },
  );
});
