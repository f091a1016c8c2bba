import type { Readiness } from './report.types';
import { RAG_THRESHOLDS } from './scoring-rules';

/**
 * The words a score is given ("ready", "partly ready"…), one scale for the overall score and
 * each section, on the results page, in the PDF and in the JSON report.
 *
 * Only a score of {@link READY_FROM} or more with no critical gap is called ready: a few points
 * short of 100 is a detail, but an open mandatory duty is not, so any critical gap reads "not
 * ready" (as its rating is red). The lower bands follow the red/amber/green thresholds, so the
 * words and the colours never disagree.
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

/**
 * @example
 * readiness(100, 1) // 'not-ready': a critical gap is open
 * readiness(96, 0) // 'ready'
 * readiness(null, 0) // 'not-scored'
 */
export function readiness(score: number | null, criticalGaps: number): Readiness {
  if (score === null) return 'not-scored';
  if (criticalGaps > 0) return 'not-ready';
  return READINESS_SCALE.find((band) => score >= band.from)?.label ?? 'not-ready';
}
