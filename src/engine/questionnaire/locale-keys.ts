import type { Question, Questionnaire } from './questionnaire.schema';

/**
 * The translation keys a questionnaire's locale files must hold, derived from
 * its structure, so that no id is left without text and no text without an id.
 *
 * - `title`, `intro`: the questionnaire itself
 * - `sections.<id>.title`, `.intro`; `.skipReason` when the section has a showIf
 * - `questions.<id>.label`, `.help` ("why we ask"); `.skipReason` with a showIf;
 *   `.action` when the question is scored; optional `.hint` and `.options.<option>`
 *   (a label for this question only); `.measures.<option>` (what to do when that measure is
 *   missing) for each measure of a list of measures
 * - for a repeatable group, also `questions.<id>.item` (what one item is called, such as
 *   "Activity"), `.add` (its button: "Add an activity") and `.templates.<template>`; each of
 *   its questions has the keys of a question; `.actions` (the heading of its items' actions,
 *   "What to do per activity") when a per-item outcome can leave a gap
 * - `options.<option>`: the shared label of every option used
 * - `exits.<id>.title`, `.body`, `.reasons.<reason>`
 * - `determinations.<id>.title`, `.outcomes.<outcome>.label` (the finding), `.reason` (one line
 *   why), `.reasons.<reason>` (each particular reason, shown when it holds) and, for an outcome
 *   that leaves a gap, `.action` (what to do about it)
 * - `criticalGaps.<id>.label` (the unmet duty) and `.detail` (why it cannot wait)
 */
export function localeKeys(q: Questionnaire): { required: Set<string>; optional: Set<string> } {
  const required = new Set<string>(['title', 'intro']);
  const optional = new Set<string>();
  for (const section of q.sections) {
    required.add(`sections.${section.id}.title`);
    required.add(`sections.${section.id}.intro`);
    if (section.showIf) required.add(`sections.${section.id}.skipReason`);
    for (const question of section.questions) {
      questionKeys(question, required, optional);
      if (question.type !== 'repeatable') continue;
      required.add(`questions.${question.id}.item`);
      required.add(`questions.${question.id}.add`);
      // Required once an outcome can leave a gap in an item (below).
      optional.add(`questions.${question.id}.actions`);
      for (const template of question.templates)
        required.add(`questions.${question.id}.templates.${template.id}`);
      for (const inner of question.questions) questionKeys(inner, required, optional);
    }
  }
  for (const determination of q.determinations) {
    required.add(`determinations.${determination.id}.title`);
    for (const outcome of determination.outcomes) {
      required.add(`determinations.${determination.id}.outcomes.${outcome.id}.label`);
      required.add(`determinations.${determination.id}.outcomes.${outcome.id}.reason`);
      if (outcome.gap) {
        required.add(`determinations.${determination.id}.outcomes.${outcome.id}.action`);
        required.add(`questions.${determination.forEach ?? ''}.actions`);
      }
      for (const reason of outcome.reasons)
        required.add(
          `determinations.${determination.id}.outcomes.${outcome.id}.reasons.${reason.id}`,
        );
    }
  }
  for (const gap of q.criticalGaps) {
    required.add(`criticalGaps.${gap.id}.label`);
    required.add(`criticalGaps.${gap.id}.detail`);
  }
  for (const exit of q.exits) {
    required.add(`exits.${exit.id}.title`);
    required.add(`exits.${exit.id}.body`);
    for (const reason of exit.reasons) required.add(`exits.${exit.id}.reasons.${reason.id}`);
  }
  return { required, optional };
}

function questionKeys(question: Question, required: Set<string>, optional: Set<string>): void {
  const base = `questions.${question.id}`;
  required.add(`${base}.label`);
  required.add(`${base}.help`);
  optional.add(`${base}.hint`);
  if (question.showIf) required.add(`${base}.skipReason`);
  if (question.scoring) required.add(`${base}.action`);
  if (question.type === 'multiChoice')
    for (const measure of Object.keys(question.measures ?? {}))
      required.add(`${base}.measures.${measure}`);
  if (question.type === 'singleChoice' || question.type === 'multiChoice') {
    for (const option of question.options) {
      required.add(`options.${option}`);
      optional.add(`${base}.options.${option}`);
    }
  }
}

/** Nested locale object → dotted keys; non-string leaves are returned separately as errors. */
export function flattenLocale(
  value: unknown,
  prefix = '',
): { entries: Map<string, string>; badLeaves: string[] } {
  const entries = new Map<string, string>();
  const badLeaves: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      entries.set(path, node);
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (key === '$schema' && path === '') continue;
        walk(child, path ? `${path}.${key}` : key);
      }
    } else {
      badLeaves.push(path);
    }
  };
  walk(value, prefix);
  return { entries, badLeaves };
}
