import { choiceOptions } from './condition-leaves';
import { issueCollector, type QuestionnaireIssue } from './questionnaire-issue';
import { validateAnswer } from './answer-validation';
import { isBeforeVersion } from './versions';
import type {
  MultiChoiceQuestion,
  Question,
  Questionnaire,
  RepeatableQuestion,
} from './questionnaire.schema';

/**
 * Checks the parts of a questionnaire that a schema cannot: ids unique in
 * their scope, option lists that name real options, number ranges that leave
 * an answer, scoring only where it can apply, critical gaps that name a real
 * section and scored question, and a fallback outcome only at the end. A repeatable group's
 * questions share the questionnaire's ids; its templates answer its questions as they allow.
 * Conditions are checked separately (`check-conditions.ts`).
 */
export function structureIssues(file: string, q: Questionnaire): QuestionnaireIssue[] {
  const { issues, add } = issueCollector(file);

  /** Reports an id seen before in the same scope, at its second use. */
  const uniqueIn = () => {
    const seen = new Set<string>();
    return (id: string, path: string, message: string) => {
      if (seen.has(id)) add(path, 'duplicate-id', message);
      seen.add(id);
    };
  };

  const section = uniqueIn();
  const question = uniqueIn();
  const checkQuestion = (x: Question, path: string) => {
    question(x.id, `${path}.id`, `question id "${x.id}" is used twice`);
    const duplicate = choiceOptions(x).find((o, n, all) => all.indexOf(o) !== n);
    if (duplicate) add(`${path}.options`, 'duplicate-id', `option "${duplicate}" is listed twice`);
    questionFieldIssues(x, path, add);
  };
  q.sections.forEach((s, i) => {
    section(s.id, `$.sections[${i}].id`, `section id "${s.id}" is used twice`);
    s.questions.forEach((x, k) => {
      const path = `$.sections[${i}].questions[${k}]`;
      checkQuestion(x, path);
      if (x.type !== 'repeatable') return;
      x.questions.forEach((inner, n) => {
        checkQuestion(inner, `${path}.questions[${n}]`);
        if (inner.scoring)
          add(
            `${path}.questions[${n}].scoring`,
            'unscorable-question',
            "a question asked of each item is not scored: the group's determinations judge its items",
          );
      });
      groupIssues(x, path, add);
    });
  });

  const exit = uniqueIn();
  q.exits.forEach((e, i) => {
    exit(e.id, `$.exits[${i}].id`, `exit id "${e.id}" is used twice`);
    const reason = uniqueIn();
    e.reasons.forEach((r, k) =>
      reason(
        r.id,
        `$.exits[${i}].reasons[${k}].id`,
        `reason id "${r.id}" is used twice in exit "${e.id}"`,
      ),
    );
  });

  const determination = uniqueIn();
  q.determinations.forEach((d, i) => {
    const path = `$.determinations[${i}]`;
    determination(d.id, `${path}.id`, `determination id "${d.id}" is used twice`);
    const outcome = uniqueIn();
    d.outcomes.forEach((o, k) => {
      outcome(o.id, `${path}.outcomes[${k}].id`, `outcome id "${o.id}" is used twice in "${d.id}"`);
      if (!o.when && k !== d.outcomes.length - 1)
        add(
          `${path}.outcomes[${k}].when`,
          'fallback-not-last',
          'only the last outcome may leave out "when" (it applies when no other does)',
        );
      const reason = uniqueIn();
      o.reasons.forEach((r, n) =>
        reason(
          r.id,
          `${path}.outcomes[${k}].reasons[${n}].id`,
          `reason id "${r.id}" is used twice in "${d.id}.${o.id}"`,
        ),
      );
    });
  });

  const sectionIds = new Set(q.sections.map((s) => s.id));
  const scored = new Set(
    q.sections.flatMap((s) => s.questions.filter((x) => x.scoring).map((x) => x.id)),
  );
  const gap = uniqueIn();
  q.criticalGaps.forEach((g, i) => {
    const path = `$.criticalGaps[${i}]`;
    gap(g.id, `${path}.id`, `critical gap id "${g.id}" is used twice`);
    if (!sectionIds.has(g.section))
      add(`${path}.section`, 'unknown-section', `section "${g.section}" does not exist`);
    if (g.action !== undefined && !scored.has(g.action))
      add(
        `${path}.action`,
        'unscored-action',
        `"${g.action}" is not a scored question, so it raises no action to close the gap`,
      );
  });
  changeIssues(q, add);
  const criticalIds = new Set(q.criticalGaps.map((g) => g.id));
  q.determinations.forEach((d, i) =>
    d.outcomes.forEach((o, k) => {
      const critical = o.gap?.critical;
      if (critical !== undefined && !criticalIds.has(critical))
        add(
          `$.determinations[${i}].outcomes[${k}].gap.critical`,
          'unknown-critical-gap',
          `critical gap "${critical}" does not exist`,
        );
    }),
  );
  return issues;
}

function groupIssues(
  group: RepeatableQuestion,
  path: string,
  add: ReturnType<typeof issueCollector>['add'],
): void {
  if (group.minItems > group.maxItems)
    add(
      `${path}.minItems`,
      'bad-range',
      `minItems (${group.minItems}) is larger than maxItems (${group.maxItems})`,
    );
  for (const [field, id] of Object.entries(group.record?.fields ?? {}))
    if (!group.questions.some((x) => x.id === id))
      add(
        `${path}.record.fields.${field}`,
        'bad-record-field',
        `"${id}" is not one of the questions of "${group.id}"`,
      );
  const seen = new Set<string>();
  group.templates.forEach((template, t) => {
    const at = `${path}.templates[${t}]`;
    if (seen.has(template.id))
      add(
        `${at}.id`,
        'duplicate-id',
        `template id "${template.id}" is used twice in "${group.id}"`,
      );
    seen.add(template.id);
    for (const [id, value] of Object.entries(template.answers)) {
      const question = group.questions.find((x) => x.id === id);
      const error = question ? validateAnswer(question, value) : null;
      if (!question)
        add(
          `${at}.answers.${id}`,
          'bad-template',
          `"${id}" is not one of the questions of "${group.id}"`,
        );
      else if (error)
        add(
          `${at}.answers.${id}`,
          'bad-template',
          `the template's answer to "${id}" is refused by the question (${error.code})`,
        );
    }
  });
}

function questionFieldIssues(
  question: Question,
  path: string,
  add: ReturnType<typeof issueCollector>['add'],
): void {
  const options = choiceOptions(question);
  if (question.type === 'multiChoice')
    question.exclusive.forEach((option, k) => {
      if (!options.includes(option))
        add(
          `${path}.exclusive[${k}]`,
          'unknown-option',
          `"${option}" is not one of this question's options`,
        );
    });
  if (question.type === 'number' && question.min !== undefined && question.max !== undefined) {
    if (question.min > question.max)
      add(`${path}.min`, 'bad-range', `min (${question.min}) is larger than max (${question.max})`);
    else if (question.integer && Math.ceil(question.min) > Math.floor(question.max))
      add(
        `${path}.min`,
        'bad-range',
        `no whole number lies between min (${question.min}) and max (${question.max})`,
      );
  }
  if (question.type === 'multiChoice') measureIssues(question, path, add);
  if (!question.scoring) return;
  if (question.type !== 'singleChoice' && !(question.type === 'multiChoice' && question.measures))
    add(
      `${path}.scoring`,
      'unscorable-question',
      'only single-choice questions and lists of measures can be scored',
    );
  question.scoring.gaps?.forEach((gap, k) => {
    if (!options.includes(gap))
      add(
        `${path}.scoring.gaps[${k}]`,
        'unknown-option',
        `"${gap}" is not one of this question's options`,
      );
  });
}

/** A list of measures is scored, names every option but the exclusive ones, and nothing else. */
function measureIssues(
  question: MultiChoiceQuestion,
  path: string,
  add: ReturnType<typeof issueCollector>['add'],
): void {
  if (!question.measures) return;
  if (!question.scoring)
    add(`${path}.measures`, 'unscored-measures', 'a list of measures must be scored');
  else if (question.scoring.gaps)
    add(
      `${path}.scoring.gaps`,
      'unknown-option',
      'a list of measures has no gap options: every measure not ticked is a gap',
    );
  const named = Object.keys(question.measures);
  for (const option of named)
    if (!question.options.includes(option) || question.exclusive.includes(option))
      add(
        `${path}.measures.${option}`,
        'unknown-option',
        `"${option}" is not one of this question's options that can be ticked with others`,
      );
  for (const option of question.options)
    if (!question.exclusive.includes(option) && !named.includes(option))
      add(
        `${path}.measures`,
        'missing-measure',
        `option "${option}" is not described as a measure`,
      );
}

/** A question change names a question of this questionnaire, by a version it has reached. */
function changeIssues(q: Questionnaire, add: ReturnType<typeof issueCollector>['add']): void {
  const questions = new Map(q.sections.flatMap((s) => s.questions).map((x) => [x.id, x]));
  q.changes.forEach((change, i) => {
    const path = `$.changes[${i}]`;
    const question = questions.get(change.question);
    if (!question)
      add(`${path}.question`, 'bad-change', `question "${change.question}" does not exist`);
    if (isBeforeVersion(q.version, change.version))
      add(
        `${path}.version`,
        'bad-change',
        `version ${change.version} comes after the questionnaire's own (${q.version})`,
      );
    for (const [old, kept] of Object.entries(change.keep)) {
      const error = question ? validateAnswer(question, kept) : null;
      if (error)
        add(
          `${path}.keep.${old}`,
          'bad-change',
          `the answer kept for "${old}" is refused by the question (${error.code})`,
        );
    }
  });
}
