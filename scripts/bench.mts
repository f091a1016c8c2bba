// npm run bench (issue 17): the app against the floor app (the fixed libraries bare) and, with
// BENCH_BASE=<git ref>, against another commit's app, in interleaved rounds on one machine. Prints
// a table of ratios and budgets and writes bench/results.json. It reports; it does not gate,
// unless BENCH_STRICT=1, which exits 1 when a budget fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { benchLibrary, LIBRARY_BUDGETS, libraryTable } from './bench-library';
import { repoRoot } from './bundle-size';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { engineTimings } from './bench/engine';
import { lighthousePerformance } from './bench/lighthouse';
import { runRounds } from './bench/rounds';
import { log } from './bench/stats';
import { summarize } from './bench/summary';
import { markdown, rows } from './bench/table';
import { serveTargets } from './bench/targets';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const STEP_ROUNDS = Number(process.env.BENCH_STEP_ROUNDS ?? 3);
const LIBRARY_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BASE = process.env.BENCH_BASE || undefined;
const STRICT = process.env.BENCH_STRICT === '1';

const served = await serveTargets(BASE);
const url = (name: string) => served.targets.find((t) => t.name === name)?.url;
async function measure() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const { samples, library } = await (async () => {
    const samples = await runRounds(browser, served.targets, ROUNDS, STEP_ROUNDS);
    log('timing the library with 200 assessments');
    return { samples, library: await benchLibrary(browser, url('app')!, LIBRARY_RUNS) };
  })().finally(() => browser.close());
  log('timing the engine in Node');
  const engine = await engineTimings(ROUNDS);
  log('running Lighthouse (mobile)');
  const baseUrl = url('base');
  const lighthouse = {
    app: await lighthousePerformance(url('app')!),
    base: baseUrl ? await lighthousePerformance(baseUrl) : null,
  };
  return {
    app: summarize(samples.app!, true),
    base: samples.base ? summarize(samples.base, true) : null,
    floor: summarize(samples.floor!, false),
    engine,
    lighthouse,
    library,
  };
}
const results = await measure().finally(() => served.close());

const table = rows(results);
const libraryLines = libraryTable(results.library);
const output = {
  date: new Date().toISOString(),
  rounds: ROUNDS,
  stepRounds: STEP_ROUNDS,
  baseRef: BASE ?? null,
  baseCommit: served.baseCommit,
  ...results,
  libraryBudgets: LIBRARY_BUDGETS,
  table,
};
mkdirSync(join(repoRoot, 'bench'), { recursive: true });
writeFileSync(join(repoRoot, 'bench/results.json'), `${JSON.stringify(output, null, 2)}\n`);

console.log(
  [
    `${ROUNDS} load rounds (${served.targets.map((t) => t.name).join(', ')} in turn, order reversed every other round; CPU 1× and 4×),` +
      ` ${STEP_ROUNDS} wizard and PDF rounds` +
      (BASE ? `; base: ${BASE} (${served.baseCommit?.slice(0, 9)})` : '') +
      '. Lighthouse uses its default mobile settings.',
    '',
    markdown(table, results.base !== null),
    '',
    ...libraryLines,
  ].join('\n'),
);
const failed = table.some((r) => r.pass === false) || libraryLines.some((l) => l.includes('FAIL'));
if (STRICT && failed) process.exitCode = 1;
