import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf-text';
import { baseURL, cspViolations, launch, openSession } from './browser';
import { compareAssessments } from '@/report/compare-reports';
import { loadShippedQuestionnaire } from '../helpers/questionnaires';
import { activeAssessmentKey, answer, path } from './wizard-driver';
import { serializeExport } from '@/engine/transfer/serialize-export';
import { webshop } from '../helpers/transfer';
import { runAxe, WCAG } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Everything the app keeps in the browser, to prove an action changed nothing. */
function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const entries: [string, string][] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key !== 'gdpr-readiness:language') entries.push([key, localStorage.getItem(key) ?? '']);
    }
    return Object.fromEntries(entries);
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await runAxe(page, WCAG);
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

function rowNames(page: Page): Promise<string[]> {
  return page.locator('.library-table tbody th').allTextContents();
}

/** Loads the Dutch web shop example and finishes it, so the library holds one finished assessment. */
async function finishedExample(page: Page): Promise<void> {
  await page.goto(`${baseURL()}/`);
  await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
  await expect.poll(() => path(page)).toBe('/review');
  await page.getByRole('button', { name: 'Finish the assessment' }).click();
  await expect.poll(() => path(page)).toBe('/results');
}

async function openLibrary(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Assessments', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
}

async function importFile(page: Page, name: string, content: string | Buffer, mimeType: string) {
  await page.getByLabel('File to import').setInputFiles({
    name,
    mimeType,
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

describe('assessments library', () => {
  it('creates, renames, re-assesses, deletes with undo and keeps it all through a reload', async () => {
    const { page, offOrigin } = await openSession(browser);
    await finishedExample(page);
    await openLibrary(page);
    expect(await rowNames(page)).toEqual(['Fietsonderdelen Utrecht BV (open now)']);
    expect(await page.locator('.library-table tbody td').nth(0).textContent()).toBe('Finished');

    await page.getByRole('button', { name: 'Rename: Fietsonderdelen Utrecht BV' }).click();
    await page.getByLabel('New name').fill('Fietsonderdelen 2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowNames(page)).toEqual(['Fietsonderdelen 2026 (open now)']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain('Rename');

    await page.getByRole('button', { name: 'Re-assess: Fietsonderdelen 2026' }).click();
    await expect.poll(() => rowNames(page)).toHaveLength(2);
    const [, copy] = await rowNames(page);
    expect(copy).toMatch(/^Fietsonderdelen 2026, re-assessment .* \(open now\) \(re-assessment\)$/);
    // The copy starts from the same answers but is not finished.
    expect(
      await page.locator('.library-table tbody tr').nth(1).locator('td').first().textContent(),
    ).toBe('In progress');
    await page.getByRole('button', { name: /^Open: Fietsonderdelen 2026, re-assessment/ }).click();
    await expect.poll(() => path(page)).toBe('/');
    await page
      .getByRole('button', { name: /Continue|Start/ })
      .first()
      .click();
    await expect.poll(() => path(page)).not.toBe('/');

    await openLibrary(page);
    await page.getByRole('button', { name: 'Delete: Fietsonderdelen 2026' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rowNames(page)).toHaveLength(1);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('"Fietsonderdelen 2026" was deleted.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowNames(page)).toHaveLength(2);

    await page.reload();
    await expect.poll(() => rowNames(page)).toHaveLength(2);
    expect((await rowNames(page))[0]).toContain('Fietsonderdelen 2026');
    expect(await cspViolations(page)).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  it('exports a versioned file, imports it back as a copy only when asked, and reads a report PDF', async () => {
    const { page } = await openSession(browser);
    await finishedExample(page);
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdf = readFileSync(await pdfDownload.path());
    await openLibrary(page);
    expect(await page.locator('.library-reminder').textContent()).toContain(
      '1 assessment has changes',
    );
    const exportedCell = page.locator('.library-table tbody tr').first().locator('td').nth(3);
    expect(await exportedCell.textContent()).toBe('Never');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^gdpr-readiness-assessments-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const text = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text) as { type: string; version: number; assessments: unknown[] };
    expect(file).toMatchObject({ type: 'gdpr-readiness-export', version: 1 });
    expect(file.assessments).toHaveLength(1);
    await expect.poll(() => page.locator('.library-reminder').count()).toBe(0);

    const before = await storage(page);
    await importFile(page, 'backup.json', text, 'application/json');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Do not import' }).click();
    expect(await storage(page)).toEqual(before);

    await importFile(page, 'backup.json', text, 'application/json');
    await dialog.getByRole('button', { name: 'Import as a copy' }).click();
    await expect.poll(() => rowNames(page)).toHaveLength(2);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('1 assessment was imported.');
    // The copy is named apart, and the file it came from holds it: no backup reminder.
    expect((await rowNames(page))[1]).toMatch(
      /^Fietsonderdelen Utrecht BV \(imported \d{1,2} [A-Z][a-z]{2} \d{4}\)$/,
    );
    expect(await page.locator('.library-reminder').count()).toBe(0);
    // Imported once more, the file still clashes: with the copy, whatever its new name.
    await importFile(page, 'backup.json', text, 'application/json');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Do not import' }).click();
    await expect.poll(() => rowNames(page)).toHaveLength(2);

    await importFile(page, 'report.pdf', pdf, 'application/pdf');
    await expect.poll(() => rowNames(page)).toHaveLength(3);
    // A PDF or a bare saved session is named after its file.
    expect((await rowNames(page))[2]).toMatch(/^report \(imported \d{1,2} [A-Z][a-z]{2} \d{4}\)$/);
    expect(
      await page.locator('.library-table tbody tr').nth(2).locator('td').first().textContent(),
    ).toBe('Finished');
  });

  it('compares a re-assessment with the earlier one: score changes, better and worse answers, actions', async () => {
    const { page } = await openSession(browser);
    await finishedExample(page);
    await openLibrary(page);
    await page.getByRole('button', { name: 'Re-assess: Fietsonderdelen Utrecht BV' }).click();
    await page
      .getByRole('button', { name: /^Open: Fietsonderdelen Utrecht BV, re-assessment/ })
      .click();
    await expect.poll(() => path(page)).toBe('/');
    const changes = {
      'privacy-owner': 'yes',
      'records-of-processing': 'yes',
      'data-inventory': 'no',
    } as const;
    for (const [step, question] of [
      ['roles', 'privacy-owner'],
      ['accountability', 'records-of-processing'],
      ['data', 'data-inventory'],
    ] as const) {
      await page.goto(`${baseURL()}/assessment/${step}`);
      await page.locator(`#question-${question}`).waitFor();
      await answer(page, 'en', question, changes[question]);
    }
    await page.goto(`${baseURL()}/review`);
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');

    await openLibrary(page);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => path(page)).toBe('/assessments/compare');

    const q = loadShippedQuestionnaire();
    const before = JSON.parse(
      readFileSync(
        new URL('../../questionnaires/gdpr-readiness/examples/dutch-webshop.json', import.meta.url),
        'utf8',
      ),
    ) as { answers: Record<string, string | string[] | number> };
    const expected = compareAssessments(q, before, { answers: { ...before.answers, ...changes } });
    expect(expected.improved.map((c) => c.questionId).sort()).toEqual([
      'privacy-owner',
      'records-of-processing',
    ]);
    await expect
      .poll(() => page.locator('.compare-overall').textContent())
      .toBe(
        `Overall score: ${expected.overall.before} then ${expected.overall.after} out of 100 (change: ${new Intl.NumberFormat('en', { signDisplay: 'exceptZero' }).format(expected.overall.delta ?? 0)}).`,
      );
    const rows = await page
      .locator('.compare-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    const changed = expected.sections.filter((s) => s.delta !== null && s.delta !== 0);
    expect(changed.length).toBeGreaterThan(0);
    for (const section of changed) {
      const row = rows.find(
        (r) => r[1] === String(section.before) && r[2] === String(section.after),
      );
      expect(row, section.sectionId).toBeDefined();
    }
    expect(await axeViolations(page)).toEqual([]);
    await expect
      .poll(() => page.getByRole('heading', { name: '2 answers improved' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByRole('heading', { name: '1 answer got worse' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByRole('heading', { name: `${expected.closed.length} action` }).count())
      .toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /with this comparison/ }).click(),
    ]);
    const text = (await pdfText(new Uint8Array(readFileSync(await download.path())), ' '))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toMatch(/Progress since/);
  });

  it('merges two participants: takes over what they agree on and asks where they differ', async () => {
    const { page } = await openSession(browser);
    await page.goto(`${baseURL()}/assessments`);
    await page.getByRole('link', { name: "Merge participants' answers" }).click();
    await expect.poll(() => path(page)).toBe('/assessments/merge');
    const example = JSON.parse(
      readFileSync(
        new URL('../../questionnaires/gdpr-readiness/examples/dutch-webshop.json', import.meta.url),
        'utf8',
      ),
    ) as { answers: Record<string, unknown> };
    const file = (name: string, answers: Record<string, unknown>, owner: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(
        session({
          answers,
          location: { screen: 'review' },
          actionPlan: { 'breach-procedure': { ownerName: owner, dueDate: '2027-01-31' } },
        }),
      ),
    });
    await page
      .getByLabel(/Add participants' files/)
      .setInputFiles([
        file('anna.json', example.answers, 'Anna'),
        file(
          'bram.json',
          { ...example.answers, 'privacy-owner': 'yes', 'data-inventory': 'no' },
          'Bram',
        ),
      ]);
    const conflicts = page.locator('.merge-conflict');
    // Two answers and one owner differ.
    await expect.poll(() => conflicts.count()).toBe(3);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Questions still to settle: 2.');
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('group', { name: /named person or team responsible/ })
      .getByRole('radio', { name: 'Yes (bram)' })
      .check();
    await page
      .getByRole('group', { name: /up-to-date overview of the personal data/ })
      .getByRole('radio', { name: 'Partly (anna)' })
      .check();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Questions still to settle: 0.');
    // Settled differences stay where they were, in questionnaire order.
    expect(await conflicts.nth(0).locator('legend').textContent()).toMatch(/up-to-date overview/);
    expect(await conflicts.nth(1).locator('legend').textContent()).toMatch(/named person/);
    await page
      .getByRole('group', { name: /^Owner of the action for: .*breach/i })
      .getByRole('radio', { name: 'Bram (bram)' })
      .check();
    await page.getByLabel('Name of the merged assessment').fill('Workshop 12 March');
    await page.getByRole('button', { name: 'Create merged assessment' }).click();
    await expect.poll(() => path(page)).toBe('/review');
    const stored = JSON.parse(
      await page.evaluate((k) => localStorage.getItem(k) ?? '{}', await activeAssessmentKey(page)),
    ) as { answers: Record<string, unknown>; actionPlan: Record<string, unknown> };
    expect(stored.answers['privacy-owner']).toBe('yes');
    expect(stored.answers['data-inventory']).toBe('partly');
    expect(stored.actionPlan['breach-procedure']).toEqual({
      ownerName: 'Bram',
      dueDate: '2027-01-31',
    });
    expect(stored.answers['organisation-name']).toBe(example.answers['organisation-name']);
    await openLibrary(page);
    expect(await rowNames(page)).toContain('Workshop 12 March (open now)');
  });

  /** Answers are checked strictly within the questionnaire version the app has. */
  const questionnaireVersion = loadShippedQuestionnaire().version;
  const huge = `{"type":"gdpr-readiness-export","version":1,"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`;
  const session = (fields: Record<string, unknown>) =>
    JSON.stringify({
      type: 'gdpr-readiness-session',
      version: 3,
      questionnaireId: 'gdpr-readiness',
      questionnaireVersion: '1.0.0',
      answers: {},
      location: { screen: 'intro' },
      overriddenExits: [],
      completedAt: null,
      updatedAt: '2026-11-01T10:00:00.000Z',
      actionPlan: {},
      notes: {},
      parked: [],
      processorReviews: [],
      ...fields,
    });
  const badFiles: [string, string, string | Buffer, RegExp][] = [
    ['not JSON', 'notes.json', 'this is not json {', /not a readable export|JSON/i],
    ['an empty file', 'empty.json', '', /empty/i],
    [
      'the wrong shape',
      'shape.json',
      '{"type":"gdpr-readiness-export","version":1,"exportedAt":"2026-11-01T10:00:00.000Z","assessments":"all"}',
      /assessments/,
    ],
    [
      'an unknown questionnaire',
      'other.json',
      session({ questionnaireId: 'iso-27001' }),
      /iso-27001/,
    ],
    ['a newer version', 'newer.json', session({ version: 9 }), /newer/i],
    ['a huge file', 'huge.json', huge, /MB/],
    ['deep nesting', 'deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, /nested|deep/i],
    [
      'a PDF without answers',
      'other.pdf',
      '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF',
      /PDF/,
    ],
    [
      'answers that do not fit the questions',
      'edited.json',
      session({ questionnaireVersion, answers: { 'public-body': 'perhaps', 'shoe-size': 44 } }),
      /public body.*\(answers\.public-body\): “perhaps” is not one of its options\..*answers\.shoe-size: there is no such question\./,
    ],
  ];

  it('imports 200 assessments from one file through a worker, scored there', async () => {
    const { page } = await openSession(browser);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${baseURL()}/assessments`);
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    const text = serializeExport(
      Array.from({ length: 200 }, (_, i) => ({
        name: `Client ${i + 1}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        session: webshop,
      })),
    );
    await importFile(page, 'portfolio.json', text, 'application/json');
    await page.getByRole('status').filter({ hasText: '200 assessments were imported' }).waitFor();
    await expect.poll(() => page.locator('.library-table tbody tr').count()).toBe(200);
    expect(workers.some((url) => /parse-import\.worker/.test(url))).toBe(true);
    // Every imported assessment has its list summary stored, made in the worker.
    const summaries = await page.evaluate(() => {
      const index = JSON.parse(localStorage.getItem('gdpr-readiness:library')!) as {
        assessments: { id: string }[];
      };
      return index.assessments.map(
        ({ id }) => localStorage.getItem(`gdpr-readiness:summary:${id}`) !== null,
      );
    });
    expect(summaries).toEqual(Array.from({ length: 200 }, () => true));
    const last = page.locator('.library-table tbody tr').last();
    expect(await last.locator('th').textContent()).toContain('Client 200');
    expect(await last.locator('td').first().textContent()).toBe('Finished');
  });

  it('refuses every kind of bad file with its own message and changes nothing', async () => {
    const { page } = await openSession(browser);
    await finishedExample(page);
    await openLibrary(page);
    const before = await storage(page);
    const messages = new Set<string>();
    for (const [, name, content, expected] of badFiles) {
      await importFile(
        page,
        name,
        content,
        name.endsWith('.pdf') ? 'application/pdf' : 'application/json',
      );
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(`"${name}" was not imported`);
      const message = (await alert.textContent()) ?? '';
      expect(message).toMatch(expected);
      messages.add(message);
      expect(await storage(page)).toEqual(before);
      expect(await rowNames(page)).toHaveLength(1);
    }
    expect(messages.size).toBe(badFiles.length);
  });

  it('imports an older questionnaire version and says which answers were left out, and which to correct', async () => {
    const { page } = await openSession(browser);
    await finishedExample(page);
    await openLibrary(page);
    const older = session({
      questionnaireVersion: '0.9.0',
      answers: { 'organisation-name': 'Oud BV', employees: -4, 'shoe-size': 44 },
    });
    await importFile(page, 'older.json', older, 'application/json');
    await expect.poll(() => rowNames(page)).toHaveLength(2);
    expect(await page.getByRole('status').textContent()).toContain(
      '2 answers no longer fit the current questions and were left out.',
    );
    const notes = page.locator('.library-import .notice');
    expect(await notes.textContent()).toContain(
      '“older” was made with another version of the questions.',
    );
    expect(await notes.locator('li').allTextContents()).toEqual([
      'How many people work for your organisation?: -4 is less than the lowest allowed, 0.',
      'answers.shoe-size: there is no such question.',
    ]);

    await importFile(
      page,
      'typed.json',
      session({ questionnaireVersion, answers: { employees: 2.5 } }),
      'application/json',
    );
    await expect.poll(() => rowNames(page)).toHaveLength(3);
    expect(await page.getByRole('status').textContent()).toContain(
      '1 answer does not fit its question and needs correcting.',
    );
    expect(await notes.locator('li').allTextContents()).toEqual([
      'How many people work for your organisation?: 2.5 is not a whole number.',
    ]);
  });

  it.each(['en-GB', 'nl-NL'])('has no accessibility violations (%s)', async (locale) => {
    const { page } = await openSession(browser, { locale });
    await page.goto(`${baseURL()}/`);
    // Opening the wizard stores an assessment, for the library to list.
    await activeAssessmentKey(page);
    await page.goto(`${baseURL()}/assessments`);
    await page.locator('.library-table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
