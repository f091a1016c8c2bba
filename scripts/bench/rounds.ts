// The A/B rounds: every target is measured in each round, the order reversed every other round,
// so drift on a shared machine falls on all of them alike.
import type { Browser } from 'playwright-core';
import { loadOnce, type LoadSample } from './load';
import { pdfOnce, type PdfSample } from './pdf';
import { log } from './stats';
import { walk } from './steps';
import type { Target, TargetName } from './targets';

export const CPU_RATES = [1, 4] as const;
export type CpuRate = (typeof CPU_RATES)[number];

export interface TargetSamples {
  readonly load: Record<CpuRate, LoadSample[]>;
  readonly stepsMs: Record<CpuRate, number[]>;
  readonly stepFloorMs: Record<CpuRate, number[]>;
  readonly heapAfterWalk: number[];
  readonly pdf: PdfSample[];
}

const inOrder = <T>(items: readonly T[], round: number) =>
  round % 2 === 0 ? [...items] : [...items].reverse();

export async function runRounds(
  browser: Browser,
  targets: readonly Target[],
  rounds: number,
  stepRounds: number,
): Promise<Partial<Record<TargetName, TargetSamples>>> {
  const samples: Partial<Record<TargetName, TargetSamples>> = {};
  for (const t of targets)
    samples[t.name] = {
      load: { 1: [], 4: [] },
      stepsMs: { 1: [], 4: [] },
      stepFloorMs: { 1: [], 4: [] },
      heapAfterWalk: [],
      pdf: [],
    };
  const of = (t: Target) => samples[t.name]!;

  for (let round = 0; round < rounds; round++) {
    log(`load round ${round + 1} of ${rounds}`);
    for (const cpu of CPU_RATES)
      for (const t of inOrder(targets, round))
        of(t).load[cpu].push(await loadOnce(browser, t, cpu, cpu === 1));
  }
  const apps = targets.filter((t) => t.isApp);
  for (let round = 0; round < stepRounds; round++) {
    log(`wizard and PDF round ${round + 1} of ${stepRounds}`);
    for (const cpu of CPU_RATES)
      for (const t of inOrder(apps, round)) {
        const w = await walk(browser, t, cpu, cpu === 1);
        of(t).stepsMs[cpu].push(...w.stepsMs);
        of(t).stepFloorMs[cpu].push(...w.floorMs);
        if (w.heap !== null) of(t).heapAfterWalk.push(w.heap);
      }
    for (const t of inOrder(apps, round)) of(t).pdf.push(await pdfOnce(browser, t));
  }
  return samples;
}
