import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '@/engine/session/session.schema';
import { parseImport } from '@/engine/transfer/parse-import';
import { unescapeXml } from '@/engine/transfer/pdf-embedded-json';
import { buildReport } from '@/report/build-report';
import { renderPdf } from '@/report/pdf/render-pdf';
import { main } from '../scripts/report';
import { questionnairesDir } from '../scripts/questionnaire-files';
import { pdfOptions, renderedExample } from './helpers/rendered-pdf';
import { lookup, questionnaire, webshop } from './helpers/transfer';

/**
 * A report PDF is an import file too: the session it carries in its XMP
 * metadata comes back exactly, whatever letters the answers hold, whether the
 * PDF was made by the app (renderPdf) or by `npm run report`.
 */

const dir = mkdtempSync(join(tmpdir(), 'import-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfOf(session: Session): Promise<Uint8Array> {
  return renderPdf(
    buildReport(questionnaire, session.answers, session.actionPlan),
    pdfOptions('en', { embeddedAnswers: JSON.stringify(session) }),
  );
}

describe('parseImport on a report PDF', () => {
  it('reads back the session a PDF made by renderPdf carries', async () => {
    const { bytes } = await renderedExample('en');
    expect(parseImport({ name: 'report.pdf', bytes }, lookup)).toEqual({
      ok: true,
      source: 'pdf',
      assessments: [
        {
          name: 'report',
          createdAt: webshop.updatedAt,
          session: webshop,
          dropped: [],
          toCorrect: [],
        },
      ],
    });
  });

  it('keeps letters outside ASCII, quotes, ampersands and emoji intact', async () => {
    const name = 'Łódź Ärger & Söhne "Fietsen" 日本 😀 a < b';
    const session: Session = {
      ...webshop,
      answers: { ...webshop.answers, 'organisation-name': name },
      notes: { 'privacy-notice': 'Ask Zoë about the café’s “cookie” banner & tracking' },
    };
    const result = parseImport({ name: 'lodz.pdf', bytes: await pdfOf(session) }, lookup);
    expect(result.ok && result.assessments[0]?.session).toEqual(session);
  });

  it('reads back the session of a PDF made by npm run report', async () => {
    const out = join(dir, 'webshop.pdf');
    const example = join(questionnairesDir, questionnaire.id, 'examples', 'dutch-webshop.json');
    const io = {
      stdout: () => {},
      stderr: () => {},
      cwd: dir,
      now: () => new Date('2026-03-02T09:30:00Z'),
    };
    expect(await main([example, '--out', out], io)).toBe(0);
    const result = parseImport({ name: 'webshop.pdf', bytes: readFileSync(out) }, lookup);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessments[0]?.session.answers).toEqual(webshop.answers);
    expect(result.assessments[0]?.createdAt).toBe('2026-03-02T09:30:00.000Z');
  });

  it('reads numeric character references, as other XMP writers use them', () => {
    const json = JSON.stringify(webshop)
      .replaceAll('&', '&amp;')
      .replaceAll('"', '&#34;')
      .replaceAll('B', '&#x42;');
    const pdf = `%PDF-1.4\n<x:xmpmeta><jspdf:metadata>${json}</jspdf:metadata></x:xmpmeta>\n%%EOF`;
    const result = parseImport({ name: 'other.pdf', bytes: new TextEncoder().encode(pdf) }, lookup);
    expect(result.ok && result.assessments[0]?.session).toEqual(webshop);
  });

  it('refuses a PDF whose embedded answers are damaged', () => {
    const pdf = (inner: string) => ({
      name: 'x.pdf',
      bytes: new TextEncoder().encode(`%PDF-1.4\n<jspdf:metadata>${inner}</jspdf:metadata>`),
    });
    expect(parseImport(pdf('{&quot;type'), lookup)).toEqual({
      ok: false,
      problem: { code: 'not-json' },
    });
    expect(parseImport(pdf(''), lookup)).toEqual({
      ok: false,
      problem: { code: 'pdf-without-answers' },
    });
    const unclosed = {
      name: 'x.pdf',
      bytes: new TextEncoder().encode('%PDF-1.4\n<jspdf:metadata>{}'),
    };
    expect(parseImport(unclosed, lookup)).toEqual({
      ok: false,
      problem: { code: 'pdf-without-answers' },
    });
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode('%PDF-1.4\n<jspdf:metadata>'),
      0xe9,
      ...new TextEncoder().encode('</jspdf:metadata>'),
    ]);
    expect(parseImport({ name: 'x.pdf', bytes: latin1 }, lookup)).toEqual({
      ok: false,
      problem: { code: 'not-utf8' },
    });
  });
});

describe('unescapeXml', () => {
  it('undoes named and numeric entities and leaves anything else alone', () => {
    expect(unescapeXml('&lt;&gt;&amp;&quot;&apos;&#233;&#xE9;&#x1F600;')).toBe('<>&"\'éé😀');
    expect(unescapeXml('&nbsp; &#xD800; &#99999999; &#x110000; &amp;lt;')).toBe(
      '&nbsp; &#xD800; &#99999999; &#x110000; &lt;',
    );
  });
});
