import { dpaChecklist } from '../knowledge/shipped-dpa-checklist';
import type { DpaChecklist } from '../knowledge/knowledge.schema';
import type { ProcessorReview } from '../engine/session/session.schema';
import type { DpaElement, ProcessorAgreements, VendorAgreement } from './report.types';

/** The shipped Art. 28 checklist of the DPA guide (`src/knowledge/dpa-checklist.json`). */
export const DPA_CHECKLIST: DpaChecklist = dpaChecklist;

/**
 * The elements every processing agreement must contain, in checklist order:
 * the checklist without its informational items (such as the note on the
 * Commission's standard clauses), which are explained but never ticked.
 */
export function requiredElements(checklist: DpaChecklist = DPA_CHECKLIST): DpaElement[] {
  return checklist.items
    .filter((item) => item.informational !== true)
    .map((item) => ({ id: item.id, articles: item.articles }));
}

/**
 * One vendor's agreement against the required elements. Ticks are matched by
 * id, so a tick on an informational item or on an id the checklist no longer
 * has (an older save) neither counts nor shows; covered and missing follow the
 * checklist's order, whatever order the ticks were made in.
 */
export function reviewVendor(
  review: ProcessorReview,
  elements: readonly DpaElement[] = requiredElements(),
): VendorAgreement {
  const ticked = new Set(review.checked);
  const covered = elements.filter((e) => ticked.has(e.id)).map((e) => e.id);
  const missing = elements.filter((e) => !ticked.has(e.id)).map((e) => e.id);
  const vendor = review.vendor.trim();
  return {
    id: review.id,
    vendor: vendor === '' ? null : vendor,
    covered,
    missing,
    complete: missing.length === 0,
  };
}

/**
 * The processor agreements part of the report: every reviewed vendor, in the
 * order the person added them, and whether the answers say processors are used
 * at all (so a report without reviews can still point to the DPA guide).
 *
 * @example
 * processorAgreements([{ id: 'v1', vendor: 'MailCo', checked: ['confidentiality'] }], true)
 * // { usesProcessors: true, elements: [...11 elements], vendors: [{ vendor: 'MailCo', covered: ['confidentiality'], missing: [...10 ids], complete: false, id: 'v1' }] }
 */
export function processorAgreements(
  reviews: readonly ProcessorReview[],
  usesProcessors: boolean,
  checklist: DpaChecklist = DPA_CHECKLIST,
): ProcessorAgreements {
  const elements = requiredElements(checklist);
  return {
    usesProcessors,
    elements,
    vendors: reviews.map((review) => reviewVendor(review, elements)),
  };
}
