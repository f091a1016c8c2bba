// The markdown table: one row per measure, a column per target, the ratio to the floor and the
// budget issue 17 sets, with pass or FAIL.
import type { EngineTimings, Scaled } from './engine';
import type { LighthouseResult } from './lighthouse';
import type { TargetSummary } from './summary';

export interface Row {
  readonly measure: string;
  readonly app: string;
  readonly base: string;
  readonly floor: string;
  readonly ratio: string;
  readonly budget: string;
  /** null: no budget for this row. */
  readonly pass: boolean | null;
}

export interface TableInput {
  readonly app: TargetSummary;
  readonly base: TargetSummary | null;
  readonly floor: TargetSummary;
  readonly engine: EngineTimings;
  readonly lighthouse: { readonly app: LighthouseResult; readonly base: LighthouseResult | null };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`);
// The browser reports no task shorter than 50 ms.
const task = (value: number) => (value === 0 ? '< 50 ms' : ms(value));
const scaled = (s: Scaled) => `${ms(s.x1)} / ${ms(s.x10)}`;
const lh = (r: LighthouseResult) =>
  'error' in r ? `error: ${r.error}` : `${r.performance} (${r.formFactor})`;

export function rows({ app, base, floor, engine, lighthouse }: TableInput): Row[] {
  const out: Row[] = [];
  /**
   * `against`: 'floor' compares with the floor target's own measure; a function gives the
   * app's own floor for this measure (a step's static HTML painted without script).
   */
  const add = (
    measure: string,
    pick: (s: TargetSummary) => number | null,
    format: (n: number) => string,
    budget?: { text: string; limit: number; of: 'ratio' | 'app' },
    against?: 'floor' | ((s: TargetSummary) => number | null),
  ) => {
    const show = (n: number | null | undefined) => (n === null || n === undefined ? '' : format(n));
    const value = pick(app) ?? Number.NaN;
    const floorValue =
      against === undefined ? null : against === 'floor' ? pick(floor) : against(app);
    const ratio = value / (floorValue ?? Number.NaN);
    const checked = budget?.of === 'ratio' ? ratio : value;
    out.push({
      measure,
      app: show(pick(app)),
      base: show(base ? pick(base) : null),
      floor: show(floorValue),
      ratio: against === undefined ? '' : ratio.toFixed(2),
      budget: budget?.text ?? '',
      pass: budget ? checked <= budget.limit : null,
    });
  };
  const bytesRatio = { text: '≤ 1.15× floor', limit: 1.15, of: 'ratio' } as const;
  add('JS+JSON before ready (gzip)', (s) => s.beforeReady.gzip, kb, bytesRatio, 'floor');
  add('ready 1×', (s) => s.readyMs[1], ms, undefined, 'floor');
  add(
    'ready 4×',
    (s) => s.readyMs[4],
    ms,
    { text: '≤ 1.3× floor', limit: 1.3, of: 'ratio' },
    'floor',
  );
  // A step's floor is not the floor target's (it has no wizard) but the same step's HTML.
  const stepFloor = (cpu: 1 | 4, of: 'median' | 'p95') => (s: TargetSummary) =>
    s.stepFloorMs?.[cpu][of] ?? null;
  const step = (cpu: 1 | 4, of: 'median' | 'p95') => (s: TargetSummary) =>
    s.stepMs?.[cpu][of] ?? null;
  const within = (limit: number) => ({ text: `≤ ${limit} ms`, limit, of: 'app' }) as const;
  add('step median 1×', step(1, 'median'), ms, within(16), stepFloor(1, 'median'));
  add('step p95 1×', step(1, 'p95'), ms, undefined, stepFloor(1, 'p95'));
  add('step median 4×', step(4, 'median'), ms, undefined, stepFloor(4, 'median'));
  add('step p95 4×', step(4, 'p95'), ms, within(50), stepFloor(4, 'p95'));
  add('PDF click → download', (s) => s.pdf?.clickToDownloadMs ?? null, ms);
  add('longest task during PDF', (s) => s.pdf?.longestTaskMs ?? null, task, {
    text: '≤ 50 ms',
    limit: 50,
    of: 'app',
  });
  add(
    'heap after load',
    (s) => s.heapAfterLoad,
    mb,
    { text: '≤ 2× floor', limit: 2, of: 'ratio' },
    'floor',
  );
  add('heap after walk', (s) => s.heapAfterWalk, mb);

  const tenfold = (measure: string, s: Scaled, budget?: number) =>
    out.push({
      measure,
      app: scaled(s),
      base: '',
      floor: '',
      ratio: `${(s.x10 / s.x1).toFixed(1)} (10×/1×)`,
      budget: budget ? `≤ ${budget}× (goal)` : '',
      pass: budget ? s.x10 / s.x1 <= budget : null,
    });
  tenfold(
    `parse 1× / 10×${engine.tenfoldParsesClean ? '' : ' (10× copy has issues)'}`,
    engine.parseMs,
    11,
  );
  tenfold('report model 1× / 10×', engine.reportModelMs);
  // Linear in the number of activities: ten times as many take at most about ten times as long.
  if (engine.activitiesMs) tenfold('report model, 5 / 50 activities', engine.activitiesMs, 11);
  tenfold(
    `report + PDF in Node 1× / 10× (${engine.pdfPages.x1} / ${engine.pdfPages.x10} pages)`,
    engine.pdfMs,
  );

  const score = (r: LighthouseResult) => ('error' in r ? Number.NaN : r.performance);
  out.push({
    measure: 'Lighthouse performance (mobile)',
    app: lh(lighthouse.app),
    base: lighthouse.base ? lh(lighthouse.base) : '',
    floor: '',
    ratio: '',
    budget: '≥ 90',
    pass: score(lighthouse.app) >= 90,
  });
  return out;
}

export function markdown(table: readonly Row[], withBase: boolean): string {
  const head = ['measure', 'app', ...(withBase ? ['base'] : []), 'floor', 'ratio', 'budget', ''];
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(head),
    line(head.map(() => '---')),
    ...table.map((r) =>
      line([
        r.measure,
        r.app,
        ...(withBase ? [r.base] : []),
        r.floor,
        r.ratio,
        r.budget,
        r.pass === null ? '' : r.pass ? 'pass' : 'FAIL',
      ]),
    ),
  ].join('\n');
}
