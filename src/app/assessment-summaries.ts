import type { KeyValueStore, Library } from '@/engine/library/library';
import { SummaryCache, type Summarizer } from '@/engine/library/summary-cache';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { z } from '@/engine/zod-mini';
import { summarizeAssessment, type AssessmentSummary } from '@/report/assessment-summary';
import { getStore } from './browser-store';
import { getLibrary } from './library-store';

/** Raise when the summary's shape changes. */
const SUMMARY_FORMAT = 1;

/**
 * This module's address: in a build its file name carries a hash of its code and, through the
 * hashed names it imports, of the scoring it uses, so a new build that scores differently makes
 * every stored summary stale without anyone having to remember to raise a number.
 */
const BUILD = new URL(import.meta.url).pathname;

const AssessmentSummarySchema = z.strictObject({
  status: z.enum(['not-started', 'in-progress', 'complete', 'unreadable']),
  organisation: z.nullable(z.string()),
  score: z.nullable(z.number()),
  rag: z.nullable(z.enum(['red', 'amber', 'green'])),
  updatedAt: z.nullable(z.string()),
  completedAt: z.nullable(z.string()),
});

/** Scores stored assessments for the library list, as the report does. */
export function assessmentSummarizer(q: Questionnaire): Summarizer<AssessmentSummary> {
  return {
    version: `${SUMMARY_FORMAT}:${q.id}@${q.version}:${BUILD}`,
    summarize: (raw) => summarizeAssessment(raw, q),
    parse: (value) => {
      const parsed = AssessmentSummarySchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}

export type AssessmentSummaries = SummaryCache<AssessmentSummary>;

export function createSummaries(
  library: Library,
  store: KeyValueStore,
  q: Questionnaire,
): AssessmentSummaries {
  return new SummaryCache(library, store, assessmentSummarizer(q));
}

let summaries: { key: string; cache: AssessmentSummaries } | undefined;

/** The library's list summaries, scored with the questionnaire the app has now. */
export function getSummaries(q: Questionnaire): AssessmentSummaries {
  const key = `${q.id}@${q.version}`;
  if (summaries?.key !== key)
    summaries = { key, cache: createSummaries(getLibrary(), getStore(), q) };
  return summaries.cache;
}
