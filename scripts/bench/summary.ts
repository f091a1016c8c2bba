// From the samples of each target to the numbers the table shows and results.json keeps.
import type { FetchedFile, LoadSample } from './load';
import type { CpuRate, TargetSamples } from './rounds';
import { median, p95 } from './stats';

export interface TargetSummary {
  /** JS + JSON fetched before ready, medians over every load. */
  readonly beforeReady: { readonly transfer: number; readonly raw: number; readonly gzip: number };
  /** The files of the first load at full speed, for results.json. */
  readonly beforeReadyFiles: readonly FetchedFile[];
  readonly readyMs: Record<CpuRate, number>;
  readonly stepMs: Record<CpuRate, Spread> | null;
  /** The same steps as static HTML swapped in and painted: the browser's share alone. */
  readonly stepFloorMs: Record<CpuRate, Spread> | null;
  readonly pdf: { readonly clickToDownloadMs: number; readonly longestTaskMs: number } | null;
  readonly heapAfterLoad: number;
  readonly heapAfterWalk: number | null;
}

export interface Spread {
  readonly median: number;
  readonly p95: number;
}

const sum = (files: readonly FetchedFile[], key: 'transfer' | 'raw' | 'gzip') =>
  files.reduce((n, f) => n + f[key], 0);

export function summarize(s: TargetSamples, isApp: boolean): TargetSummary {
  const loads: LoadSample[] = [...s.load[1], ...s.load[4]];
  const bytes = (key: 'transfer' | 'raw' | 'gzip') => median(loads.map((l) => sum(l.files, key)));
  const spread = (values: number[]): Spread => ({ median: median(values), p95: p95(values) });
  return {
    beforeReady: { transfer: bytes('transfer'), raw: bytes('raw'), gzip: bytes('gzip') },
    beforeReadyFiles: s.load[1][0]?.files ?? [],
    readyMs: {
      1: median(s.load[1].map((l) => l.readyMs)),
      4: median(s.load[4].map((l) => l.readyMs)),
    },
    stepMs: isApp ? { 1: spread(s.stepsMs[1]), 4: spread(s.stepsMs[4]) } : null,
    stepFloorMs: isApp ? { 1: spread(s.stepFloorMs[1]), 4: spread(s.stepFloorMs[4]) } : null,
    // The worst round: a long task that happens on one click in three still happens to someone.
    pdf: isApp
      ? {
          clickToDownloadMs: median(s.pdf.map((p) => p.clickToDownloadMs)),
          longestTaskMs: s.pdf.length ? Math.max(...s.pdf.map((p) => p.longestTaskMs)) : Number.NaN,
        }
      : null,
    heapAfterLoad: median(s.load[1].flatMap((l) => (l.heap === null ? [] : [l.heap]))),
    heapAfterWalk: isApp ? median(s.heapAfterWalk) : null,
  };
}
