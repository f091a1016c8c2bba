import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@/engine/session/session.schema';
import { parseImport } from '@/engine/transfer/parse-import';
import { buildReport } from '@/report/build-report';
import { sessionForPdf } from '@/report/pdf/embedded-session';
import { renderPdf } from '@/report/pdf/render-pdf';
import { createNodeTranslator, type Language } from '../scripts/report';
import { flat, pdfOptions, texts } from './helpers/rendered-pdf';
import { runReport } from './helpers/report-cli';
import { lookup, questionnaire, webshop } from './helpers/transfer';
import { typedSession } from './helpers/typed-text';
import { extractEmbeddedAnswers, readPdf } from './pdf-text';

/**
 * The report PDF as an import file, and as a file a person hands on: whatever
 * was typed comes back from it unchanged, and it holds what it says it holds.
 * Without the person's choice that is what it prints (answers, owners and due
 * dates of its actions, vendors); the workshop notes go in only when chosen,
 * in the app and with `npm run report -- --embed-notes`.
 */

const model = (s: Session) =>
  buildReport(questionnaire, s.answers, s.actionPlan, { processorReviews: s.processorReviews });

/** The PDF of `session` as the app makes it, storing what `notes` allows. */
function pdfOf(session: Session, notes: boolean, language: Language = 'en'): Promise<Uint8Array> {
  const report = model(session);
  return renderPdf(
    report,
    pdfOptions(language, {
      assessor: null,
      embeddedAnswers: JSON.stringify(sessionForPdf(session, report, { notes })),
    }),
  );
}

function imported(bytes: Uint8Array): Session {
  const result = parseImport({ name: 'report.pdf', bytes }, lookup);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.assessments[0]!.session;
}

const t = createNodeTranslator('en', questionnaire.id, texts);

describe('the report PDF as an import file (property)', () => {
  it('gives back every typed text unchanged, with and without notes', async () => {
    await fc.assert(
      fc.asyncProperty(typedSession, fc.boolean(), async (session, notes) => {
        const bytes = await pdfOf(session, notes);
        const stored = sessionForPdf(session, model(session), { notes });
        expect(imported(bytes)).toEqual(stored);
        // pdf.js, as any other PDF reader, finds the same document in the metadata.
        expect(await extractEmbeddedAnswers(bytes)).toEqual(stored);
        if (notes) expect(stored).toEqual(session);
      }),
      { numRuns: 6, seed: 20261129 },
    );
  }, 120_000);
});

describe('the team in the report PDF', () => {
  it('comes back on import, while parked questions and notes stay out unless included', async () => {
    const team = { assessedBy: 'Sam <sam@partners.example>', participants: 'Anna, Bram' };
    const session: Session = { ...webshop, parked: ['records-of-processing'], team };
    const plain = imported(await pdfOf(session, false));
    expect(plain).toMatchObject({ team, notes: {}, parked: [] });
    expect(imported(await pdfOf(session, true))).toEqual(session);
  }, 60_000);
});

/** The names of issue 16, on an open action, a note and a vendor. */
const issue: Session = {
  ...webshop,
  answers: { ...webshop.answers, 'organisation-name': 'Smith <Partners> B.V.' },
  actionPlan: {
    'privacy-notice': { ownerName: 'Jan <jan@acme.nl>', dueDate: '2026-03-01' },
    // No action in this report (the answer is yes): its owner is not printed.
    'staff-confidentiality': { ownerName: 'Former owner', dueDate: null },
  },
  notes: { 'privacy-notice': 'see <https://intranet/policy>' },
  processorReviews: [{ id: 'r1', vendor: 'Mailer <Ltd>', checked: ['confidentiality'] }],
};

describe.each([false, true])('the report PDF with notes included: %s', (notes) => {
  let bytes: Uint8Array;
  let pages: string[];
  beforeAll(async () => {
    bytes = await pdfOf(issue, notes);
    pages = (await readPdf(bytes, ' ')).pages.map(flat);
  }, 120_000);

  it('says on the cover and the last page what the file holds', () => {
    const parts = ['answers', 'actionPlan', 'processorReviews', ...(notes ? ['notes'] : [])];
    const names = parts.map((part) => t(`report:embedded.parts.${part}`));
    const listed = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(names);
    const stored = flat(t('report:embedded.stored', { parts: listed }));
    const noNotes = flat(t('report:embedded.noNotes'));
    for (const page of [pages[0]!, pages.at(-1)!]) {
      expect(page).toContain(stored);
      expect(page.includes(noNotes)).toBe(!notes);
    }
  });

  it('stores the notes only when chosen, and always what it prints', async () => {
    const embedded = (await extractEmbeddedAnswers(bytes)) as Session;
    expect(embedded.notes).toEqual(notes ? issue.notes : {});
    expect(embedded.actionPlan['privacy-notice']).toEqual(issue.actionPlan['privacy-notice']);
    expect(embedded.actionPlan['staff-confidentiality']).toEqual(
      notes ? issue.actionPlan['staff-confidentiality'] : undefined,
    );
    expect(embedded.processorReviews).toEqual(issue.processorReviews);
    // The note is never printed; the owner and the vendor are.
    const all = pages.join(' ');
    expect(all).not.toContain('intranet/policy');
    expect(all).toContain('Jan <jan@acme.nl>');
    expect(all).toContain('Mailer <Ltd>');
  });

  it('imports with the typed names unchanged, and with no notes when they were left out', () => {
    const session = imported(bytes);
    expect(session.answers['organisation-name']).toBe('Smith <Partners> B.V.');
    expect(session.actionPlan['privacy-notice']?.ownerName).toBe('Jan <jan@acme.nl>');
    expect(session.notes).toEqual(notes ? issue.notes : {});
  });
});

describe('the report PDF in Dutch', () => {
  it('says in Dutch what the file holds', async () => {
    const nl = createNodeTranslator('nl', questionnaire.id, texts);
    const cover = flat((await readPdf(await pdfOf(issue, false, 'nl'), ' ')).pages[0]!);
    expect(cover).toContain(flat(nl('report:embedded.noNotes')));
    expect(cover).toContain(nl('report:embedded.parts.answers'));
  }, 60_000);
});

describe('npm run report and the notes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embed-notes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'issue.json'), JSON.stringify(issue));

  it.each([
    [[], {}],
    [['--embed-notes'], issue.notes],
  ])(
    'stores notes in the PDF only with --embed-notes (%j)',
    async (flags, expected) => {
      const out = `issue-${flags.length}.pdf`;
      const run = await runReport(['issue.json', '--out', out, ...flags], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const session = imported(new Uint8Array(readFileSync(join(dir, out))));
      expect(session.notes).toEqual(expected);
      expect(session.actionPlan['privacy-notice']?.ownerName).toBe('Jan <jan@acme.nl>');
    },
    60_000,
  );
});
