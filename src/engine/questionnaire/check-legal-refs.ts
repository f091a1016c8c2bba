import { legalRefProblem } from '../legal/legal-refs';
import { issueCollector, type QuestionnaireIssue } from './questionnaire-issue';
import type { Questionnaire } from './questionnaire.schema';

/**
 * Legal references that name no real provision, e.g. "Art. 28(11)", in
 * questions, determination outcomes and their reasons, and critical gaps. The
 * schema only checks the form of a reference; this checks it exists.
 */
export function legalRefIssues(file: string, q: Questionnaire): QuestionnaireIssue[] {
  const { issues, add } = issueCollector(file);
  const check = (refs: readonly string[], path: string) =>
    refs.forEach((ref, k) => {
      const problem = legalRefProblem(ref);
      if (problem !== null)
        add(`${path}.articles[${k}]`, 'unknown-article', `"${ref}" does not exist: ${problem}`);
    });
  q.sections.forEach((section, s) =>
    section.questions.forEach((question, i) => {
      check(question.articles, `$.sections[${s}].questions[${i}]`);
      if (question.type === 'repeatable')
        question.questions.forEach((inner, k) =>
          check(inner.articles, `$.sections[${s}].questions[${i}].questions[${k}]`),
        );
    }),
  );
  q.determinations.forEach((determination, d) =>
    determination.outcomes.forEach((outcome, o) => {
      const path = `$.determinations[${d}].outcomes[${o}]`;
      check(outcome.articles, path);
      outcome.reasons.forEach((reason, r) => check(reason.articles, `${path}.reasons[${r}]`));
    }),
  );
  q.criticalGaps.forEach((gap, g) => check(gap.articles, `$.criticalGaps[${g}]`));
  return issues;
}
