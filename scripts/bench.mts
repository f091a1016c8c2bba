// npm run bench: builds the app and a floor app, then measures size and speed in headless Chromium.
// Prints a table and writes bench/results.json. Timings are reported here, never asserted in tests.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { ExampleSchema } from '../src/engine/questionnaire/example.schema';
import type {
  AnswerValue,
  Answers,
  Questionnaire,
} from '../src/engine/questionnaire/questionnaire.schema';
import { buildReport } from '../src/report/build-report';
import { renderPdf } from '../src/report/pdf/render-pdf';
import { readQuestionnaireFolder } from './questionnaire-files';
import { createNodeTranslator, nodeFonts } from './report';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { allJs, buildFloor, firstLoadJs, repoRoot, total, type ChunkSize } from './bundle-size';
import { benchLibrary, LIBRARY_BUDGETS, libraryTable } from './bench-library';

const CHROMIUM = CHROMIUM_PATH;
const args = CHROMIUM_ARGS;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// A realistic run: the answers of the shipped Dutch web shop example.
const webshop = ExampleSchema.parse(
  JSON.parse(
    readFileSync(
      join(repoRoot, 'questionnaires/gdpr-readiness/examples/dutch-webshop.json'),
      'utf8',
    ),
  ),
);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function paintMetrics(browser: Browser, url: string, cpuSlowdown: number) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number };
    w.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url);
  await page.locator('.intro h1').waitFor();
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: (window as unknown as { __lcp: number }).__lcp,
    firstScreenJs: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0),
  }));
  await context.close();
  return result;
}

/** Milliseconds from pressing "Next" to the next step's heading being painted. */
async function stepTransition(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const before = document.querySelector('h1')?.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const heading = document.querySelector('h1')?.textContent;
          if (heading && heading !== before) {
            observer.disconnect();
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(performance.now() - start)),
            );
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(Number.NaN);
        }, 5000);
        (document.querySelector('button[type=submit]') as HTMLButtonElement).click();
      }),
  );
}

async function answerTimings(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.intro button').first().click();
  const timings: number[] = [];
  for (let step = 0; step < 30; step++) {
    await page.locator('form.step, .review, .exit').first().waitFor();
    if (await page.locator('.review, .exit').count()) break;
    // Answer every visible question with its first option or a plain value; an answer can
    // reveal another question, so look again after each one.
    for (let guard = 0; guard < 40; guard++) {
      const open = await page.$$eval('form.step .question', (nodes) =>
        nodes
          .map((node) => {
            const inputs = [...node.querySelectorAll('input, textarea')] as HTMLInputElement[];
            const answered = inputs.some((i) =>
              i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value !== '',
            );
            return answered ? null : { id: node.id, type: inputs[0]?.type ?? 'text' };
          })
          .find((x) => x !== null),
      );
      if (!open) break;
      const box = page.locator(`#${open.id}`);
      const given = webshop.answers[open.id.replace(/^question-/, '')];
      if (open.type === 'radio' || open.type === 'checkbox') {
        const options = given === undefined ? [] : [given].flat().map(String);
        if (options.length === 0) await box.locator('input').first().check();
        for (const option of options) await box.locator(`input[value="${option}"]`).check();
      } else await box.locator('input, textarea').fill(given === undefined ? '20' : String(given));
    }
    await page.waitForTimeout(50);
    if (await page.locator('.review, .exit').count()) break;
    const ms = await stepTransition(page);
    if (Number.isNaN(ms)) throw new Error('a step did not move on after answering every question');
    timings.push(ms);
    if (await page.locator('.review').count()) break;
  }
  await context.close();
  return timings;
}

async function lighthouseScores(url: string): Promise<Record<string, number> | { error: string }> {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', ...args.slice(1)],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      return Object.fromEntries(
        Object.entries(categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]),
      );
    } finally {
      chrome.kill();
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
/** Median milliseconds to build the report and render the PDF in Node, for the hospital example and a questionnaire ten times its size. */
async function pdfTimings(): Promise<{
  full: number;
  tenfold: number;
  pages: { full: number; tenfold: number };
}> {
  const loaded = readQuestionnaireFolder(join(repoRoot, 'questionnaires/gdpr-readiness'));
  if (!loaded.ok) throw new Error('the shipped questionnaire does not validate');
  const { questionnaire, texts } = loaded.bundle;
  const hospital = ExampleSchema.parse(
    JSON.parse(
      readFileSync(join(repoRoot, 'questionnaires/gdpr-readiness/examples/hospital.json'), 'utf8'),
    ),
  );
  const t = createNodeTranslator('en', questionnaire.id, texts);
  const fonts = nodeFonts();
  // Ten copies of every section, with ids suffixed -x1 … -x10; texts are looked up without the suffix.
  const copy = (id: string, n: number) => `${id}-x${n}`;
  const tenfold: Questionnaire = {
    ...questionnaire,
    sections: Array.from({ length: 10 }, (_, i) =>
      questionnaire.sections.map((section) => ({
        ...section,
        id: copy(section.id, i + 1),
        showIf: undefined,
        questions: section.questions.map((q) => ({
          ...q,
          id: copy(q.id, i + 1),
          showIf: undefined,
        })),
      })),
    ).flat(),
    determinations: [],
  };
  const tenfoldAnswers: Answers = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) =>
      Object.entries(hospital.answers).map(([id, v]): [string, AnswerValue] => [
        copy(id, i + 1),
        v,
      ]),
    ).flat(),
  );
  const unsuffixed: typeof t = (key, params) => t(key.replace(/-x\d+(?=\.|$)/g, ''), params);
  const time = async (q: Questionnaire, answers: Answers, translate: typeof t) => {
    const samples: number[] = [];
    let pages = 0;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const bytes = await renderPdf(buildReport(q, answers), {
        t: translate,
        language: 'en',
        assessor: 'Bench',
        generatedAt: new Date(),
        appUrl: 'http://127.0.0.1:4173',
        fonts,
        embeddedAnswers: JSON.stringify(answers),
      });
      samples.push(performance.now() - start);
      pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
    }
    return { ms: median(samples), pages };
  };
  const full = await time(questionnaire, hospital.answers, t);
  const big = await time(tenfold, tenfoldAnswers, unsuffixed);
  return { full: full.ms, tenfold: big.ms, pages: { full: full.pages, tenfold: big.pages } };
}

const dist = join(repoRoot, 'dist');
log('building the app');
await build({ root: repoRoot, logLevel: 'error' });
const appFirst = firstLoadJs(dist);
const appAll = allJs(
  dist,
  readdirSync(join(dist, 'assets')).map((f) => join('assets', f)),
);
log('building the library floor');
const floor = await buildFloor('/tmp/gdpr-readiness-floor');

const server = await preview({
  root: repoRoot,
  logLevel: 'error',
  preview: { host: '127.0.0.1', port: 0 },
});
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: CHROMIUM, args });
const paint: Record<string, { fcp: number; lcp: number; firstScreenJs: number }> = {};
for (const slowdown of [1, 4]) {
  log(`paint metrics at CPU x${slowdown}`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await paintMetrics(browser, url, slowdown));
  paint[`cpu x${slowdown}`] = {
    fcp: median(runs.map((r) => r.fcp)),
    lcp: median(runs.map((r) => r.lcp)),
    firstScreenJs: median(runs.map((r) => r.firstScreenJs)),
  };
}
log('timing answer → next step');
const steps = await answerTimings(browser, url);
log('timing the library with 200 assessments');
const library = await benchLibrary(browser, url, RUNS);
await browser.close();
log('timing the PDF');
const pdf = await pdfTimings();
log('running Lighthouse');
const lighthouse = await lighthouseScores(url);
await server.close();

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  firstLoad: {
    app: { chunks: appFirst, raw: total(appFirst, 'raw'), gzip: total(appFirst, 'gzip') },
    floor: { chunks: floor, raw: total(floor, 'raw'), gzip: total(floor, 'gzip') },
    ratioGzip: total(appFirst, 'gzip') / total(floor, 'gzip'),
    budgetRatio: 1.15,
  },
  allChunks: appAll,
  paint,
  answerToNextStepMs: { median: steps.length ? median(steps) : null, samples: steps },
  pdfGenerationMs: { fullAnswerSet: pdf.full, tenfoldQuestionnaire: pdf.tenfold, pages: pdf.pages },
  library: { ...library, budgets: LIBRARY_BUDGETS },
  lighthouse,
};
mkdirSync(join(repoRoot, 'bench'), { recursive: true });
writeFileSync(join(repoRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const lines = [
  '| first-load JS | raw | gzip |',
  '| --- | --- | --- |',
  ...appFirst.map((c: ChunkSize) => row([`app ${c.file}`, kb(c.raw), kb(c.gzip)])),
  row(['**app total**', kb(results.firstLoad.app.raw), kb(results.firstLoad.app.gzip)]),
  row(['**library floor**', kb(results.firstLoad.floor.raw), kb(results.firstLoad.floor.gzip)]),
  row(['app / floor (gzip; budget 1.15)', '', results.firstLoad.ratioGzip.toFixed(3)]),
  '',
  '| lazy chunk | raw | gzip |',
  '| --- | --- | --- |',
  ...appAll
    .filter((c) => !appFirst.some((f) => f.file === c.file))
    .map((c) => row([c.file, kb(c.raw), kb(c.gzip)])),
  '',
  `| paint (median of ${RUNS} cold loads) | FCP | LCP | JS until first screen (transferred) |`,
  '| --- | --- | --- | --- |',
  ...Object.entries(paint).map(([k, v]) =>
    row([k, `${v.fcp.toFixed(0)} ms`, `${v.lcp.toFixed(0)} ms`, kb(v.firstScreenJs)]),
  ),
  '',
  `answer → next step painted: median ${results.answerToNextStepMs.median?.toFixed(1) ?? 'n/a'} ms over ${steps.length} steps`,
  `PDF generation (Node, median of 3): full answer set ${pdf.full.toFixed(0)} ms (${pdf.pages.full} pages); ten times larger questionnaire ${pdf.tenfold.toFixed(0)} ms (${pdf.pages.tenfold} pages)`,
  '',
  ...libraryTable(library),
  '',
  `Lighthouse: ${JSON.stringify(lighthouse)}`,
];
console.log(lines.join('\n'));
