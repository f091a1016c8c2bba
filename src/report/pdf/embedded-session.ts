import type { Session } from '../../engine/session/session.schema';
import type { ReportModel } from '../report.types';

/**
 * What the report PDF carries besides what it prints. The PDF stores the
 * saved session in its metadata so that it can be imported again; a person
 * who hands the report to a client or an auditor must be able to tell from
 * the file itself what it holds. So it holds only what it also shows, and one
 * choice decides whether the workshop notes and parked questions go in: then
 * they are printed in their own chapter and stored, otherwise neither. A
 * consultant's internal notes can never reach a client hidden in the file, nor
 * be printed while the file claims not to hold them.
 */

/** The parts of an embedded session the PDF lists, in the order it lists them. */
export const EMBEDDED_PARTS = ['answers', 'actionPlan', 'processorReviews', 'notes'] as const;
export type EmbeddedPart = (typeof EMBEDDED_PARTS)[number];

export interface EmbedOptions {
  /**
   * The workshop notes and parked questions are in the PDF (printed in their
   * chapter): store them too, and the owners and due dates of actions the
   * report no longer lists. The whole session, then.
   */
  readonly notes: boolean;
}

/**
 * The session as the PDF of `model` stores it. Without `notes` it is cut to
 * what the PDF prints: every answer (the appendix lists them), owners and due
 * dates of the actions in the action plan, the vendor reviews of the processor
 * chapter, and who assessed and took part (the cover); no notes nor parked
 * questions. A report on an organisation the GDPR does not reach prints
 * neither action plan nor processor chapter, so it stores neither. Importing
 * such a PDF gives an assessment with no notes.
 *
 * @example
 * const embedded = JSON.stringify(sessionForPdf(session, model, { notes: false }));
 */
export function sessionForPdf(
  session: Session,
  model: ReportModel,
  options: EmbedOptions,
): Session {
  if (options.notes) return session;
  const printed = new Set(model.outOfScope ? [] : model.actions.map((a) => a.questionId));
  return {
    ...session,
    actionPlan: Object.fromEntries(
      Object.entries(session.actionPlan).filter(([id]) => printed.has(id)),
    ),
    notes: {},
    parked: [],
    processorReviews: model.outOfScope ? [] : session.processorReviews,
  };
}

/**
 * The parts the embedded JSON document actually holds, read from the very
 * text that goes into the PDF, so that what the PDF says it holds can never
 * drift from what it holds. Anything that is not a session holds no part.
 */
export function embeddedParts(json: string): EmbeddedPart[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null) return [];
  const fields = data as Partial<Record<EmbeddedPart, unknown>>;
  return EMBEDDED_PARTS.filter((part) => holdsSomething(fields[part]));
}

function holdsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null)
    return Object.values(value).some((v) => v !== '' && v !== null);
  return false;
}
