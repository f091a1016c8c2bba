import type { Readiness } from './report.types';
import { RAG_THRESHOLDS } from './scoring-rules';

/**
 * The words a score is given ("ready", "partly ready"…), one scale for the overall score and
 * each section, on the results page, in the PDF and in the JSON report.
 *
 * Only a score of {@link READY_FROM} or more is called ready, and only with nothing serious
 * open: a few points short of 100 is a detail, but an open mandatory duty is not, so any
 * critical gap reads "not ready" (as its rating is red). A high-priority gap where nothing is in
 * place (answered no or don't know, or missing in a processing activity), or a section that is
 * itself only partly ready, keeps a high score at "largely ready": the score weighs answers,
 * and one unlawful practice is not outweighed by many good ones. The lower bands follow the
 * red/amber/green thresholds, so the words and the colours never disagree.
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
  /** High-priority gaps where nothing is in place: answered no or don't know, or an item's gap. */
  readonly serious?: number;
  /** For the overall label: the sections' own labels. */
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
