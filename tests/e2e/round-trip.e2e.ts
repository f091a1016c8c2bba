import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@/engine/session/session.schema';
import { extractEmbeddedAnswers, pdfText } from '../pdf-text';
import { baseURL, cspViolations, launch, openSession } from './browser';
import { answer, path } from './wizard-driver';

/**
 * Issue 16: what a person types comes back unchanged through export, import,
 * merge and the report PDF, however much it looks like markup or a PDF header;
 * and the PDF holds the workshop notes only when the person asks for it.
 */

const ORGANISATION = 'Smith <Partners> B.V.';
const OWNER = 'Jan <jan@acme.nl>';
const NOTE = 'see <https://intranet/policy>';
const RENAMED = 'Audit %PDF- 2026';
const MERGED = 'Merged <Partners> %PDF-';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Stored {
  readonly name: string;
  readonly session: Session;
}

/** Every assessment kept in the browser, by the name the person gave it. */
function stored(page: Page): Promise<Stored[]> {
  return page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('gdpr-readiness:library') ?? '{}') as {
      assessments?: { id: string; name: string }[];
    };
    return (index.assessments ?? []).map((a) => ({
      name: a.name,
      session: JSON.parse(
        localStorage.getItem(`gdpr-readiness:assessment:${a.id}`) ?? 'null',
      ) as Session,
    }));
  });
}

function rowNames(page: Page): Promise<string[]> {
  return page.locator('.library-table tbody th').allTextContents();
}

async function openLibrary(page: Page): Promise<void> {
  await page.goto(`${baseURL()}/assessments`);
  await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

async function importFile(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByLabel('File to import').setInputFiles({ name, mimeType, buffer });
}

/** What a person typed, as one assessment holds it. */
function typed(session: Session) {
  return {
    organisation: session.answers['organisation-name'],
    owner: session.actionPlan['privacy-notice']?.ownerName,
    note: session.notes['organisation-name'],
  };
}

describe('typed names through export, import, merge and the PDF', () => {
  it('keeps Smith <Partners> B.V., Jan <jan@acme.nl>, the note and Audit %PDF- 2026 as typed', async () => {
    const { page, offOrigin, errors } = await openSession(browser);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await expect.poll(() => path(page)).toBe('/review');

    await page.goto(`${baseURL()}/assessment/organisation`);
    await page.locator('#question-organisation-name').waitFor();
    await answer(page, 'en', 'organisation-name', ORGANISATION);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => path(page)).not.toBe('/assessment/organisation');
    await page.goto(`${baseURL()}/workshop/assessment/organisation`);
    await page.locator('#note-organisation-name').fill(NOTE);
    await page.goto(`${baseURL()}/review`);
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    await page.locator('input[name=owner-privacy-notice]').fill(OWNER);

    // The PDF, as it comes: what it prints, and no notes.
    const plain = await download(page, () =>
      page.getByRole('button', { name: 'Download PDF' }).click(),
    );
    await page.getByLabel('Include workshop notes in the PDF').check();
    const withNotes = await download(page, () =>
      page.getByRole('button', { name: 'Download PDF' }).click(),
    );
    const plainPdf = readFileSync(await plain.path());
    const notesPdf = readFileSync(await withNotes.path());
    const printed = (await pdfText(new Uint8Array(plainPdf), ' ')).join(' ').replace(/\s+/g, ' ');
    expect(printed).toContain(ORGANISATION);
    expect(printed).toContain(OWNER);
    expect(printed).not.toContain('intranet/policy');
    expect(printed).toContain('Workshop notes are not in this file.');
    expect(((await extractEmbeddedAnswers(new Uint8Array(plainPdf))) as Session).notes).toEqual({});
    expect(((await extractEmbeddedAnswers(new Uint8Array(notesPdf))) as Session).notes).toEqual({
      'organisation-name': NOTE,
    });

    await openLibrary(page);
    const [original] = await stored(page);
    expect(typed(original!.session)).toEqual({
      organisation: ORGANISATION,
      owner: OWNER,
      note: NOTE,
    });
    await page.getByRole('button', { name: `Rename: ${ORGANISATION}` }).click();
    await page.getByLabel('New name').fill(RENAMED);
    await page.keyboard.press('Enter');
    await expect.poll(() => rowNames(page)).toEqual([`${RENAMED} (open now)`]);

    const exported = await download(page, () =>
      page.getByRole('button', { name: `Export: ${RENAMED}` }).click(),
    );
    const text = readFileSync(await exported.path(), 'utf8');
    const file = JSON.parse(text) as { assessments: Stored[] };
    expect(file.assessments.map((a) => a.name)).toEqual([RENAMED]);
    expect(file.assessments[0]!.session).toEqual(original!.session);

    // Re-import: accepted (as a copy, since it is the same assessment) and unchanged.
    await importFile(page, 'audit.json', Buffer.from(text), 'application/json');
    await page.getByRole('dialog').getByRole('button', { name: 'Import as a copy' }).click();
    await expect.poll(() => rowNames(page)).toHaveLength(2);
    expect(await page.getByRole('status').textContent()).toContain('1 assessment was imported.');
    const copy = (await stored(page))[1]!;
    // Named apart from the original: the typed name as it was, then when it was imported.
    expect(copy.name.startsWith(`${RENAMED} (imported `)).toBe(true);
    expect(copy.session).toEqual(original!.session);

    // Exported again, the copy is the same file content as the original, under its own name.
    const again = await download(page, () =>
      page
        .getByRole('button', { name: `Export: ${RENAMED}` })
        .nth(1)
        .click(),
    );
    const second = JSON.parse(readFileSync(await again.path(), 'utf8')) as {
      assessments: Stored[];
    };
    expect(second.assessments).toEqual(file.assessments.map((a) => ({ ...a, name: copy.name })));

    // Both PDFs import; the plain one without notes, the other with them.
    await importFile(page, 'plain.pdf', plainPdf, 'application/pdf');
    await expect.poll(() => rowNames(page)).toHaveLength(3);
    await importFile(page, 'with-notes.pdf', notesPdf, 'application/pdf');
    await expect.poll(() => rowNames(page)).toHaveLength(4);
    const [, , fromPlain, fromNotes] = await stored(page);
    expect(typed(fromPlain!.session)).toEqual({
      organisation: ORGANISATION,
      owner: OWNER,
      note: undefined,
    });
    // The PDF's session was stamped when the PDF was made; the rest is the assessment as it was.
    expect({ ...fromNotes!.session, updatedAt: null }).toEqual({
      ...original!.session,
      updatedAt: null,
    });

    // Merged with itself: the typed names agree, and the merged assessment takes a name like them.
    await page.goto(`${baseURL()}/assessments/merge`);
    await page.getByLabel(/Add participants' files/).setInputFiles([
      { name: 'anna.json', mimeType: 'application/json', buffer: Buffer.from(text) },
      { name: 'bram.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    ]);
    await expect
      .poll(() => page.locator('.merge-participants li').allTextContents())
      .toEqual([`${RENAMED} Remove`, `${RENAMED} (2) Remove`]);
    expect(await page.locator('.merge-conflict').count()).toBe(0);
    await page.getByLabel('Name of the merged assessment').fill(MERGED);
    await page.getByRole('button', { name: 'Create merged assessment' }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await openLibrary(page);
    expect(await rowNames(page)).toContain(`${MERGED} (open now)`);
    const merged = (await stored(page)).find((a) => a.name === MERGED)!;
    expect(merged.session.answers['organisation-name']).toBe(ORGANISATION);
    expect(merged.session.actionPlan['privacy-notice']?.ownerName).toBe(OWNER);
    expect(merged.session.notes['organisation-name']).toBe(
      `${RENAMED}: ${NOTE}\n\n${RENAMED} (2): ${NOTE}`,
    );

    expect(await cspViolations(page)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
  });
});
