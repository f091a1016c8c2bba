import type { Readiness } from './report.types';
import { RAG_THRESHOLDS } from './scoring-rules';

/**
 * The words a score is given ("ready", "partly ready"…), one scale for the overall score and
 * each section, on the results page, in the PDF and in the JSON report.
 *
 * Only a score of {@link READY_FROM} or more is called ready, and only with nothing serious
 * open: a few points short of 100 is a detail, but an open mandatory duty is not, so any
 * critical gap reads "not ready" (as its rating is red). A high score stays "largely ready"
 * while anything is open that a person would not call a detail (`OpenGaps.serious`, counted in
 * `build-report.ts`): any high-priority gap, even one partly closed (Art. 7(1) consent that is
 * only partly valid); any gap a fine tier backs where nothing is in place (Art. 25 privacy by
 * design answered no); any processing activity's gap (a retention period missing, Art.
 * 5(1)(e)); or a list of activities said not to be complete (Art. 30(1)), as the answers then
 * describe only part of the processing. For the overall label also a section that is itself
 * only partly ready, when a fine tier backs one of its gaps: a section weak only through gaps no
 * fine backs does not hold back the whole report. The score weighs answers, and one unlawful
 * practice is not outweighed by many good ones. The lower bands follow the red/amber/green
 * thresholds, so the words and the colours never disagree.
 */
/** The lowest score called ready: one "partly" on a low-priority question still is. */
export const READY_FROM = 95;

/** Score bands, highest first: the first whose `from` the score reaches names it. */
export const READINESS_SCALE: readonly { readonly from: number; readonly label: Readiness }[] = [
  { from: READY_FROM, label: 'ready' },
  { from: RAG_THRESHOLDS.green, label: 'largely-ready' },
  { from: RAG_THRESHOLDS.amber, label: 'partly-ready' },
  { from: 0, label: 'not-ready' },
];

/** What is still open, beyond the score. */
export interface OpenGaps {
  /** Mandatory duties left unmet. */
  readonly critical: number;
  /**
   * Gaps that rule out "ready": high-priority ones, those a fine tier backs where nothing is in
   * place, items' gaps, and an incomplete list of activities.
   */
  readonly serious?: number;
  /** For the overall label: the labels of the sections with a gap a fine tier backs. */
  readonly sections?: readonly Readiness[];
}

/**
 * @example
 * readiness(100, { critical: 1 }) // 'not-ready': a critical gap is open
 * readiness(96, { critical: 0 }) // 'ready'
 * readiness(97, { critical: 0, serious: 1 }) // 'largely-ready'
 * readiness(null, { critical: 0 }) // 'not-scored'
 */
export function readiness(score: number | null, open: OpenGaps): Readiness {
  if (score === null) return 'not-scored';
  if (open.critical > 0) return 'not-ready';
  const label = READINESS_SCALE.find((band) => score >= band.from)?.label ?? 'not-ready';
  const weakSection = (open.sections ?? []).some((s) => s === 'partly-ready' || s === 'not-ready');
  return label === 'ready' && ((open.serious ?? 0) > 0 || weakSection) ? 'largely-ready' : label;
}
