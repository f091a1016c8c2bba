import { parseLegalRef } from '../legal/legal-refs';
import type { Condition, Questionnaire } from './questionnaire.schema';
import { issueCollector, type QuestionnaireIssue } from './questionnaire-issue';

/**
 * Checks that each national module is wired into the questionnaire the way its schema says
 * (`NationalModuleSchema`): its flag is defined; its determination exists and its outcome
 * `applies` holds exactly when the flag does, so the report's "why this law applies" is the
 * flag's own reasons; each of its sections exists, belongs to no other module and is shown only
 * where the flag holds; and every scored question in those sections cites a provision of its
 * act, since the action it raises rests on national law. Module ids and countries are unique.
 */
export function nationalModuleIssues(file: string, q: Questionnaire): QuestionnaireIssue[] {
  const { issues, add } = issueCollector(file);
  const owner = new Map<string, string>();
  const seen = new Set<string>();
  q.nationalModules.forEach((m, i) => {
    const path = `$.nationalModules[${i}]`;
    for (const key of [`id:${m.id}`, `country:${m.country}`]) {
      if (seen.has(key))
        add(path, 'duplicate-id', `national module ${key.replace(':', ' "')}" is used twice`);
      seen.add(key);
    }
    if (!Object.hasOwn(q.flags, m.flag))
      add(`${path}.flag`, 'bad-national-module', `flag "${m.flag}" is not defined`);
    const determination = q.determinations.find((d) => d.id === m.determination);
    const applies = determination?.outcomes.find((o) => o.id === 'applies');
    if (!determination)
      add(
        `${path}.determination`,
        'bad-national-module',
        `determination "${m.determination}" does not exist`,
      );
    else if (!applies || !isFlag(applies.when, m.flag))
      add(
        `${path}.determination`,
        'bad-national-module',
        `determination "${m.determination}" needs an outcome "applies" whose condition is { "flag": "${m.flag}" }`,
      );
    m.sections.forEach((id, k) => {
      const at = `${path}.sections[${k}]`;
      const section = q.sections.find((s) => s.id === id);
      if (!section) return add(at, 'bad-national-module', `section "${id}" does not exist`);
      const other = owner.get(id);
      if (other)
        add(at, 'bad-national-module', `section "${id}" already belongs to module "${other}"`);
      owner.set(id, m.id);
      if (!requiresFlag(section.showIf, m.flag))
        add(
          at,
          'bad-national-module',
          `section "${id}" must be shown only where flag "${m.flag}" holds`,
        );
      for (const question of section.questions) {
        if (!question.scoring) continue;
        const cites = question.articles.some((ref) => {
          const parsed = parseLegalRef(ref);
          return parsed?.kind === 'national' && parsed.act === m.law.act;
        });
        if (!cites)
          add(
            at,
            'bad-national-module',
            `scored question "${question.id}" cites no provision of the ${m.law.act}`,
          );
      }
    });
  });
  return issues;
}

function isFlag(condition: Condition | undefined, flag: string): boolean {
  return condition !== undefined && 'flag' in condition && condition.flag === flag;
}

/** Whether the condition cannot hold unless the flag does: the flag itself, or one of an `all`. */
function requiresFlag(condition: Condition | undefined, flag: string): boolean {
  if (isFlag(condition, flag)) return true;
  return (
    condition !== undefined &&
    'all' in condition &&
    condition.all.some((c) => requiresFlag(c, flag))
  );
}
