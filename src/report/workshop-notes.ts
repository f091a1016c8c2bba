/**
 * The workshop's own record: the notes taken per question and the questions parked for later,
 * as the review, the results page and the PDF list them.
 *
 * Authorship: a merged assessment keeps each participant's note as its own paragraph that
 * starts with their name ("Anna: …", see `mergeSessions`), so a note's paragraphs already say
 * who wrote what; a note typed in one browser is the team's and names nobody.
 */

/** One question the workshop wrote about or set aside. */
export interface WorkshopNote {
  readonly questionId: string;
  readonly sectionId: string;
  /** The note's paragraphs as typed (split at blank lines); empty when there is no note. */
  readonly paragraphs: readonly string[];
  /** Set aside to come back to, and still asked. */
  readonly parked: boolean;
}

/** A questionnaire's questions in order, with whether each is asked (`ReportModel.answers` fits). */
export type QuestionOrder = readonly {
  readonly sectionId: string;
  readonly questions: readonly { readonly questionId: string; readonly shown: boolean }[];
}[];

/**
 * The questions with a note or parked, in questionnaire order. A note stays listed when other
 * answers have since hidden its question (it was said); a parked question that is no longer
 * asked needs no answer any more and is left out, unless it has a note.
 *
 * @example
 * workshopNotes(report.answers, session.notes, session.parked)
 */
export function workshopNotes(
  order: QuestionOrder,
  notes: Readonly<Record<string, string>>,
  parked: readonly string[],
): WorkshopNote[] {
  const isParked = new Set(parked);
  return order.flatMap(({ sectionId, questions }) =>
    questions.flatMap(({ questionId, shown }): WorkshopNote[] => {
      const note = Object.hasOwn(notes, questionId) ? (notes[questionId] ?? '') : '';
      const paragraphs = note
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const stillParked = shown && isParked.has(questionId);
      if (paragraphs.length === 0 && !stillParked) return [];
      return [{ questionId, sectionId, paragraphs, parked: stillParked }];
    }),
  );
}
