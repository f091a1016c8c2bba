/** A glossary term as the questionnaire's labels may write it, in one language. */
export interface TermForms {
  readonly id: string;
  /** The ways the term is written, such as "processor" and "processors"; matched whole-word. */
  readonly forms: readonly string[];
}

// One pattern for "a letter or digit of any script", compiled once. A case-insensitive pattern
// per form, as before, took tens of milliseconds to compile the first time a step showed its
// terms (the Unicode classes are built per pattern), on the first Next of every visit.
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (c: string | undefined) => c !== undefined && WORD_CHARACTER.test(c);

/** Whether `form` occurs in `text` as a whole word or phrase; both already lower case. */
function containsWord(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + form.length])) return true;
  }
  return false;
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
  const labels = questionIds.map((id) => [id, label(id).toLowerCase()] as const);
  const found = new Map<string, string[]>();
  for (const term of terms) {
    const forms = term.forms.map((form) => form.toLowerCase()).filter((form) => form !== '');
    const first = labels.find(([, text]) => forms.some((form) => containsWord(text, form)));
    if (first) found.set(first[0], [...(found.get(first[0]) ?? []), term.id]);
  }
  return found;
}
