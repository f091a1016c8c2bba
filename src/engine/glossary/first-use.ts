/** A glossary term as the questionnaire's labels may write it, in one language. */
export interface TermForms {
  readonly id: string;
  /** The ways the term is written, such as "processor" and "processors"; matched whole-word. */
  readonly forms: readonly string[];
}

/** A form as a whole word or phrase: not inside another word, whatever its case. */
function wordPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * Where each term is explained: at the first question, in questionnaire order, whose label
 * uses one of its forms. Explaining a term once, where it is first met, keeps later questions
 * short. Returns the term ids per question id, in glossary order; a term no label uses is
 * explained nowhere.
 */
export function termsByFirstUse(
  terms: readonly TermForms[],
  questionIds: readonly string[],
  label: (questionId: string) => string,
): ReadonlyMap<string, readonly string[]> {
  const labels = questionIds.map((id) => [id, label(id)] as const);
  const found = new Map<string, string[]>();
  for (const term of terms) {
    const patterns = term.forms.map(wordPattern);
    const first = labels.find(([, text]) => patterns.some((p) => p.test(text)));
    if (first) found.set(first[0], [...(found.get(first[0]) ?? []), term.id]);
  }
  return found;
}
