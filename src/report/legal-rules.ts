import { languageEntry, SOURCE_LANGUAGE } from '../i18n/languages';
import { DEFAULT_GAP_OPTIONS } from '../engine/questionnaire/determinations';
import { isMeasureList } from '../engine/questionnaire/measures';
import { criticalGapCauses } from './critical-actions';
import type {
  Condition,
  Determination,
  FineTier,
  Question,
  Questionnaire,
} from '../engine/questionnaire/questionnaire.schema';

/**
 * The rules of a questionnaire written out as Markdown for a lawyer to review:
 * every determination with its outcomes, the answers that lead to each, the
 * reasons that can accompany them and the legal references they rest on, then
 * the critical gaps, the early exits and the derived flags they use.
 *
 * Pure: no file system, no i18next. `scripts/legal-rules.ts` writes the result
 * to `docs/legal-rules.md` for the shipped questionnaire, and
 * `tests/legal-rules.test.ts` fails when that file no longer matches the data.
 * The renderer's own words are English; the questionnaire's texts come from
 * the `text` function, so pass the English locale.
 */

/**
 * Looks up a text of the questionnaire's locale by dotted key
 * (`questions.employees.label`). For a key it does not know it must return the
 * key itself, as i18next does: that is how a question's own option label is
 * told apart from the shared one.
 */
export type RuleText = (key: string) => string;

/** Longest question label quoted in a condition; longer ones are cut at a word. */
export const LABEL_LENGTH = 80;

const TIER_NAMES: Readonly<Record<FineTier, string>> = {
  'art83-4': 'Art. 83(4)',
  'art83-5': 'Art. 83(5)/(6)',
  none: 'no fine tier',
};

/** Escapes the characters Markdown would read as formatting inside a line. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`);
}

/** A label cut at a word boundary to at most `max` characters, ending in "…" when cut. */
export function shortenLabel(label: string, max = LABEL_LENGTH): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.(-]+$/, '')}…`;
}

/** "A", "A or B", "A, B or C" (or with "and"). */
function joinList(items: readonly string[], word: 'or' | 'and' = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]!}`;
}

const numberFormat = new Intl.NumberFormat(languageEntry(SOURCE_LANGUAGE).locale);

/** Which flags a condition mentions directly. */
function flagsIn(condition: Condition, into: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => flagsIn(c, into));
  else if ('any' in condition) condition.any.forEach((c) => flagsIn(c, into));
  else if ('not' in condition) flagsIn(condition.not, into);
  else if ('flag' in condition) into.add(condition.flag);
}

/** Which fine tiers a condition's `gap` leaves test. */
function tiersIn(condition: Condition, into: Set<FineTier>): void {
  if ('all' in condition) condition.all.forEach((c) => tiersIn(c, into));
  else if ('any' in condition) condition.any.forEach((c) => tiersIn(c, into));
  else if ('not' in condition) tiersIn(condition.not, into);
  else if ('gap' in condition) into.add(condition.gap);
}

/**
 * Writes conditions in words. Kept apart from the page layout so the wording
 * can be tested on its own.
 */
class ConditionWriter {
  private readonly questions: ReadonlyMap<string, Question>;

  constructor(
    q: Questionnaire,
    private readonly text: RuleText,
  ) {
    this.questions = new Map(
      q.sections
        .flatMap((s) => s.questions)
        .flatMap((x) => (x.type === 'repeatable' ? [x, ...x.questions] : [x]))
        .map((x) => [x.id, x]),
    );
  }

  /** The text of a key, or null when the locale does not have it. */
  optional(key: string): string | null {
    const value = this.text(key);
    return value === key || value.trim() === '' ? null : value;
  }

  /** The text of a key; the key itself (in code style) when the locale lacks it. */
  required(key: string): string {
    return escapeMarkdown(this.optional(key) ?? key);
  }

  /** `_Does your organisation…_ (personal-data)`: the short label, then the id. */
  question(id: string): string {
    const label = this.optional(`questions.${id}.label`);
    return label ? `_${escapeMarkdown(shortenLabel(label))}_ (${id})` : `(${id})`;
  }

  /**
   * An option's label in bold: the question's own wording if it has one, else
   * the shared one (`questionId` null for the shared one only).
   */
  option(questionId: string | null, option: string): string {
    const own = questionId ? this.optional(`questions.${questionId}.options.${option}`) : null;
    const label = own ?? this.optional(`options.${option}`) ?? option;
    return `**${escapeMarkdown(label)}**`;
  }

  private value(questionId: string, value: string | number): string {
    if (typeof value === 'string') return this.option(questionId, value);
    const question = this.questions.get(questionId);
    const unit = question?.type === 'number' && question.unit === 'eur' ? 'EUR ' : '';
    return `**${unit}${numberFormat.format(value)}**`;
  }

  /** One leaf in words; null for `all`, `any`, `not`, `anyItem` and `everyItem`, which are lists. */
  leaf(condition: Condition): string | null {
    if (
      'all' in condition ||
      'any' in condition ||
      'not' in condition ||
      'anyItem' in condition ||
      'everyItem' in condition
    )
      return null;
    if ('flag' in condition) return `flag **${condition.flag}** holds (see Flags)`;
    if ('gap' in condition)
      return `a shown, scored question of fine tier **${TIER_NAMES[condition.gap]}** has a gap answer (see Gap answers), or an item's verdict leaves a gap of that tier`;
    const id = condition.question;
    const q = this.question(id);
    const multi = this.questions.get(id)?.type === 'multiChoice';
    if ('equals' in condition) {
      const value = this.value(id, condition.equals);
      return multi ? `the answers to ${q} include ${value}` : `the answer to ${q} is ${value}`;
    }
    if ('in' in condition) {
      const values = condition.in.map((v) => this.value(id, v));
      if (!multi) return `the answer to ${q} is ${joinList(values)}`;
      return values.length === 1
        ? `the answers to ${q} include ${values[0]!}`
        : `the answers to ${q} include at least one of ${joinList(values)}`;
    }
    if ('answered' in condition)
      return condition.answered ? `${q} is answered` : `${q} is not answered (or not shown)`;
    if ('minSelected' in condition)
      return `at least **${condition.minSelected}** of the options of ${q} are selected`;
    if ('gt' in condition) return `the answer to ${q} is more than ${this.value(id, condition.gt)}`;
    if ('gte' in condition) return `the answer to ${q} is ${this.value(id, condition.gte)} or more`;
    if ('lt' in condition) return `the answer to ${q} is less than ${this.value(id, condition.lt)}`;
    return `the answer to ${q} is ${this.value(id, condition.lte)} or less`;
  }

  /**
   * A condition as a nested Markdown list: one bullet per leaf, "ALL of:",
   * "ANY of:", "NOT ALL of:", "NONE of:" and "NOT:" over indented children.
   */
  lines(condition: Condition, depth = 0): string[] {
    const bullet = `${'  '.repeat(depth)}- `;
    const group = (head: string, children: readonly Condition[]) => [
      `${bullet}${head}`,
      ...children.flatMap((c) => this.lines(c, depth + 1)),
    ];
    if ('all' in condition) return group('ALL of:', condition.all);
    if ('any' in condition) return group('ANY of:', condition.any);
    if ('anyItem' in condition)
      return group(`SOME item of ${this.question(condition.anyItem)} has:`, [condition.where]);
    if ('everyItem' in condition)
      return group(`EVERY item of ${this.question(condition.everyItem)} (and there is one) has:`, [
        condition.where,
      ]);
    if ('not' in condition) {
      const inner = condition.not;
      if ('flag' in inner) return [`${bullet}flag **${inner.flag}** does not hold (see Flags)`];
      if ('all' in inner) return group('NOT ALL of:', inner.all);
      if ('any' in inner) return group('NONE of:', inner.any);
      const leaf = this.leaf(inner);
      return leaf ? [`${bullet}NOT: ${leaf}`] : group('NOT:', [inner]);
    }
    return [`${bullet}${this.leaf(condition) ?? ''}`];
  }
}

/**
 * A condition written in words as a nested Markdown list (one line per entry),
 * the way `docs/legal-rules.md` shows it.
 *
 * @example
 * describeCondition(q, t, { question: 'personal-data', equals: 'dont-know' })
 * // ['- the answer to _Does your organisation handle personal data…_ (personal-data) is **Don\'t know**']
 */
export function describeCondition(
  q: Questionnaire,
  text: RuleText,
  condition: Condition,
): string[] {
  return new ConditionWriter(q, text).lines(condition);
}

function articles(refs: readonly string[]): string {
  return refs.length > 0 ? refs.join(', ') : 'none named';
}

/** The flags the rules use, directly or through other flags, in the order they are defined. */
function flagsUsed(q: Questionnaire): string[] {
  const direct = new Set<string>();
  for (const exit of q.exits) {
    flagsIn(exit.when, direct);
    exit.reasons.forEach((r) => flagsIn(r.when, direct));
  }
  for (const determination of q.determinations) {
    if (determination.onlyWhen) flagsIn(determination.onlyWhen, direct);
    for (const outcome of determination.outcomes) {
      if (outcome.when) flagsIn(outcome.when, direct);
      outcome.reasons.forEach((r) => flagsIn(r.when, direct));
    }
  }
  q.criticalGaps.forEach((gap) => flagsIn(gap.when, direct));
  q.nationalModules.forEach((m) => direct.add(m.flag));
  const used = new Set<string>();
  const visit = (name: string) => {
    if (used.has(name)) return;
    used.add(name);
    const definition = q.flags[name];
    if (!definition) return;
    const inner = new Set<string>();
    flagsIn(definition, inner);
    inner.forEach(visit);
  };
  direct.forEach(visit);
  return Object.keys(q.flags).filter((name) => used.has(name));
}

function tiersUsed(q: Questionnaire): FineTier[] {
  const tiers = new Set<FineTier>();
  for (const determination of q.determinations)
    for (const outcome of determination.outcomes) {
      if (outcome.when) tiersIn(outcome.when, tiers);
      outcome.reasons.forEach((r) => tiersIn(r.when, tiers));
    }
  q.criticalGaps.forEach((gap) => tiersIn(gap.when, tiers));
  return (['art83-5', 'art83-4', 'none'] as const).filter((tier) => tiers.has(tier));
}

function intro(q: Questionnaire, w: ConditionWriter): string[] {
  return [
    `# Legal rules: ${w.required('title')}`,
    '',
    `<!-- Generated by \`npm run rules\` from questionnaires/${q.id}/. Do not edit by hand. -->`,
    '',
    `This file lists the rules by which the check reaches its conclusions, so that a lawyer can review them without reading code. It is generated from the questionnaire data (\`questionnaires/${q.id}/questionnaire.json\`, version ${q.version}, with the English texts of \`locales/en.json\`) by \`npm run rules\`. Do not edit it by hand: change the questionnaire and run \`npm run rules\` again. A test fails when this file no longer matches the data.`,
    '',
    'It has these parts; within each, everything keeps the order of the questionnaire:',
    '',
    '- **Determinations**: the conclusions the report states, each with its outcomes, the answers that lead to each outcome, the reasons that can accompany it and the legal references it cites.',
    '- **Critical gaps**: mandatory duties left unmet. Any critical gap caps the overall rating and the rating of its section at red, whatever the score.',
    '- **Early exits**: when the GDPR does not apply at all.',
    '- **Flags**: named conditions that the rules above use.',
    ...(tiersUsed(q).length > 0
      ? ['- **Gap answers**: the answers that count as a gap, for the rules that test a fine tier.']
      : []),
    '',
    '**"Don\'t know" never leads to an exemption.** An outcome that grants an exemption or says that a duty does not apply is reached only through definite answers. Where such a determination depends on an answer the person does not know, it gives its "not clear yet" outcome instead, whose reasons say what to find out and why it matters.',
    '',
    '## How to read the conditions',
    '',
    '- Only answers to questions that were shown count. A question that was not shown, or not answered, fails every test on it except "is not answered", so "NOT: the answer to … is **Yes**" also holds when the question was not asked.',
    '- For a question where several options can be chosen, "the answers to … include **X**" means X is among the options chosen.',
    '- "ALL of" holds when every entry under it holds, "ANY of" when at least one does, "NONE of" when none does and "NOT ALL of" when at least one does not.',
    '- A flag is a named condition, written out under Flags at the end. A question is named by the start of its label and its id.',
    '- Legal references are to the GDPR ("Art.", "Rec." for recitals) or to a national act named by its short name ("UAVG 46", "BDSG 38(1)"; see National law).',
    '',
  ];
}

function outcomeChoice(d: Determination, w: ConditionWriter): string {
  const fallback = d.outcomes.find((o) => !o.when);
  const label = (id: string) =>
    `**${w.required(`determinations.${d.id}.outcomes.${id}.label`)}** (\`${id}\`)`;
  const rest = fallback
    ? `When none holds, the outcome is ${label(fallback.id)}.`
    : 'When none holds, the report states no outcome.';
  return d.match === 'all'
    ? `Every outcome whose condition holds is reported. ${rest}`
    : `The outcomes are tried in the order below; the first whose condition holds is the result. ${rest}`;
}

function determinationSection(d: Determination, w: ConditionWriter): string[] {
  const base = `determinations.${d.id}`;
  const lines = [`### ${w.required(`${base}.title`)} (\`${d.id}\`)`, '', outcomeChoice(d, w), ''];
  if (d.scope)
    lines.push(
      'This determination is about scope: it is the one the report still states when an early exit holds.',
      '',
    );
  if (d.onlyWhen)
    lines.push(
      'It is stated only when this holds, and left out otherwise:',
      '',
      ...w.lines(d.onlyWhen),
      '',
    );
  if (d.forEach !== undefined)
    lines.push(
      `It is reached for each item of ${w.question(d.forEach)} on its own: the conditions read that item's answers beside the others.`,
      '',
    );
  for (const outcome of d.outcomes) {
    const key = `${base}.outcomes.${outcome.id}`;
    lines.push(`#### ${w.required(`${key}.label`)} (\`${outcome.id}\`)`, '');
    const reasonText = w.optional(`${key}.reason`);
    if (reasonText) lines.push(`> ${escapeMarkdown(reasonText)}`, '');
    const own = `Legal references: ${articles(outcome.articles)}`;
    lines.push(
      outcome.reasons.length > 0 ? `${own}, plus those of each reason that holds.` : `${own}.`,
      '',
    );
    if (outcome.when) {
      lines.push(
        d.match === 'first' ? 'When (and no outcome above holds):' : 'When:',
        '',
        ...w.lines(outcome.when),
        '',
      );
    } else {
      lines.push(
        d.match === 'first'
          ? 'When: none of the outcomes above holds.'
          : 'When: none of the other outcomes holds.',
        '',
      );
    }
    if (outcome.reasons.length > 0) {
      lines.push('Reasons, each reported with this outcome when it holds:', '');
      for (const reason of outcome.reasons) {
        const reasonLabel = w.required(`${key}.reasons.${reason.id}`);
        lines.push(
          `- \`${reason.id}\` (${articles(reason.articles)}): ${reasonLabel} When:`,
          ...w.lines(reason.when, 1),
        );
      }
      lines.push('');
    }
    if (outcome.gap) {
      lines.push(
        `Leaves an action for the item: priority **${outcome.gap.priority}**, fine tier **${TIER_NAMES[outcome.gap.fineTier]}**. Action: ${w.required(`${key}.action`)}`,
        '',
      );
      if (outcome.gap.unless) lines.push('Not when:', '', ...w.lines(outcome.gap.unless), '');
    }
  }
  return lines;
}

function criticalGapsSection(q: Questionnaire, w: ConditionWriter): string[] {
  if (q.criticalGaps.length === 0) return [];
  const lines = [
    '## Critical gaps',
    '',
    'A critical gap is a mandatory duty the answers show to be unmet. Every critical gap that holds caps the overall rating and the rating of its section at red, whatever the score, and is listed above the score. Its actions are critical and come first in the action plan, in the phase "now": the action of every question whose answer makes it hold (listed as "Made critical", or with its own action), and the action of each item (a processing activity) that makes it hold, through the per-item outcomes listed with it. The condition is read part by part (each branch of a top-level ANY, or else the whole condition): when a part holds that none of these accounts for, because it holds through an answer no action closes (such as "don\'t know" to which lawful bases apply) or through items the report does not list, the gap\'s own action is critical too. If that question was answered as if all were well, the answers disagree: they cannot both be true, so the report counts that answer as "don\'t know" until it is checked, and names the answers that disagree (with the activity, for an activity\'s answer). For a record of grounds, such as the lawful bases (Art. 6(1)) or the exceptions for special categories (Art. 9(2)), Art. 5(2) adds that a record that cannot name its grounds proves nothing; for a duty that is no record, such as a DPO said to be both missing and appointed (Art. 37(1)), the disagreement alone is the reason. So every critical gap that holds has a critical action. Critical gaps are not checked when an early exit holds.',
    '',
  ];
  for (const gap of q.criticalGaps) {
    const key = `criticalGaps.${gap.id}`;
    lines.push(`### ${w.required(`${key}.label`)} (\`${gap.id}\`)`, '');
    const detail = w.optional(`${key}.detail`);
    if (detail) lines.push(`> ${escapeMarkdown(detail)}`, '');
    lines.push(
      `- Section: ${w.required(`sections.${gap.section}.title`)} (\`${gap.section}\`)`,
      `- Legal references: ${articles(gap.articles)}`,
    );
    const causes = criticalGapCauses(q, gap);
    // The gap's own action is named once, also when its answer is one of the causes.
    const causing = new Set(causes.leaves.map((l) => l.question));
    if (gap.action) {
      const question = q.sections.flatMap((s) => s.questions).find((x) => x.id === gap.action);
      const guidance = question?.scoring?.guidance;
      const when = causing.has(gap.action)
        ? 'critical when its answer makes the gap hold, or when a part of the condition holds that nothing below accounts for'
        : 'critical when a part of the condition holds that nothing below accounts for';
      lines.push(
        `- Its own action, ${when}: ${w.question(gap.action)}${guidance ? ` (guidance: <${guidance}>)` : ''}`,
      );
    }
    const leaves = [...causing].filter((id) => id !== gap.action);
    if (leaves.length > 0)
      lines.push(
        `- Made critical, when its answer makes the gap hold: ${leaves.map((id) => w.question(id)).join('; ')}`,
      );
    if (causes.outcomes.length > 0)
      lines.push(
        `- Made critical for each item that makes the gap hold: ${causes.outcomes.map((o) => `${w.required(`determinations.${o.determination}.title`)} → \`${o.outcome}\``).join('; ')}`,
      );
    lines.push('', 'When:', '', ...w.lines(gap.when), '');
  }
  return lines;
}

function unlawfulTodaySection(q: Questionnaire, w: ConditionWriter): string[] {
  const marked = q.sections
    .flatMap((s) => s.questions)
    .filter((x) => x.scoring?.unlawfulToday === true);
  if (marked.length === 0) return [];
  return [
    '## Unlawful today',
    '',
    'Where one of these questions is answered "no" or "don\'t know", the processing it asks about is, or may be, unlawful today, whatever the fine tier, so its action goes to the phase "now" of the action plan (as does every high-priority action in the upper fine tier where nothing is in place):',
    '',
    ...marked.map((x) => `- ${w.question(x.id)}: ${articles(x.articles)}`),
    '',
  ];
}

function exitsSection(q: Questionnaire, w: ConditionWriter): string[] {
  if (q.exits.length === 0) return [];
  const scoped = q.determinations
    .filter((d) => d.scope)
    .map((d) => `**${w.required(`determinations.${d.id}.title`)}** (\`${d.id}\`)`);
  const scope =
    scoped.length === 0
      ? 'no determinations, duties, fine tiers or critical gaps'
      : `only the determination${scoped.length > 1 ? 's' : ''} ${joinList(scoped, 'and')}, and no duties, fine tiers, critical gaps or other determinations`;
  const lines = [
    '## Early exits',
    '',
    `The exits are checked in the order below whenever a person leaves a step; the first whose condition holds ends the assessment early, with the reasons that hold. The person may go back and change answers, or continue anyway; the report then states ${scope}.`,
    '',
  ];
  for (const exit of q.exits) {
    const key = `exits.${exit.id}`;
    lines.push(`### ${w.required(`${key}.title`)} (\`${exit.id}\`)`, '');
    const body = w.optional(`${key}.body`);
    if (body) lines.push(`> ${escapeMarkdown(body)}`, '');
    lines.push('When:', '', ...w.lines(exit.when), '');
    lines.push('Reasons, each shown when it holds:', '');
    for (const reason of exit.reasons)
      lines.push(
        `- \`${reason.id}\`: ${w.required(`${key}.reasons.${reason.id}`)} When:`,
        ...w.lines(reason.when, 1),
      );
    lines.push('');
  }
  return lines;
}

function flagsSection(q: Questionnaire, w: ConditionWriter): string[] {
  const used = flagsUsed(q);
  if (used.length === 0) return [];
  const lines = [
    '## Flags',
    '',
    'The named conditions used above, in the order the questionnaire defines them; a flag may use flags defined before it. A flag that is not defined never holds.',
    '',
  ];
  for (const name of used) {
    const definition = q.flags[name];
    lines.push(`### ${name}`, '');
    lines.push(...(definition ? w.lines(definition) : ['- not defined: never holds']), '');
  }
  return lines;
}

function gapAnswersSection(q: Questionnaire, w: ConditionWriter): string[] {
  const tiers = tiersUsed(q);
  if (tiers.length === 0) return [];
  const scored = q.sections.flatMap((s) => s.questions).filter((x) => x.scoring);
  const lines = [
    '## Gap answers',
    '',
    `A test on a fine tier holds when at least one question of that tier was shown and has a gap answer. These are the scored questions of each tier used above, with their gap answers (${joinList(DEFAULT_GAP_OPTIONS.map((o) => w.option(null, o)))} unless the question names its own).`,
    '',
  ];
  for (const tier of tiers) {
    lines.push(`### Fine tier ${TIER_NAMES[tier]}`, '');
    const questions = scored.filter((x) => x.scoring?.fineTier === tier);
    if (questions.length === 0) lines.push('No question has this tier.');
    for (const question of questions) {
      if (isMeasureList(question)) {
        const measures = question.options.filter((o) => Object.hasOwn(question.measures, o));
        const each = measures.map((m) => {
          const { articles, effort, priority } = question.measures[m]!;
          return `${w.option(question.id, m)} (${articles.join(', ')}; effort ${effort}${priority ? `; priority ${priority}` : ''})`;
        });
        const unknown = question.exclusive.filter((o) => o === 'dont-know');
        const none = question.exclusive.filter((o) => o !== 'dont-know');
        lines.push(
          `- ${w.question(question.id)}: each measure not ticked, with its own action: ${joinList(each)}${none.length > 0 ? `; ${joinList(none.map((o) => w.option(question.id, o)))} leaves every measure not ticked, and when the answer makes a critical gap hold (see Critical gaps) these measure actions are its critical ones` : ''}${unknown.length > 0 ? `; ${joinList(unknown.map((o) => w.option(question.id, o)))} raises the question's own action, to find out` : ''}`,
        );
        continue;
      }
      const gaps = question.scoring?.gaps ?? DEFAULT_GAP_OPTIONS;
      lines.push(
        `- ${w.question(question.id)}: ${joinList(gaps.map((o) => w.option(question.id, o)))}`,
      );
    }
    lines.push('');
  }
  return lines;
}

/** How answers saved before a question changed meaning are carried over (`changes`). */
function changesSection(q: Questionnaire, w: ConditionWriter): string[] {
  if (q.changes.length === 0) return [];
  const lines = [
    '## Changed questions',
    '',
    'An assessment saved with an older questionnaire version is read with these rules. An older answer the rule does not name is left unanswered, and the person is told which question to answer again and what they answered before.',
    '',
  ];
  for (const change of q.changes) {
    const kept = Object.entries(change.keep).map(
      ([before, after]) =>
        `an older ${w.option(null, before)} is kept as ${joinList(
          (Array.isArray(after) ? after : [after]).map((o) => w.option(change.question, String(o))),
          'and',
        )}`,
    );
    lines.push(
      `- ${w.question(change.question)}, changed in version ${change.version}: ${kept.length > 0 ? joinList(kept, 'and') : 'no older answer is kept'}`,
    );
  }
  lines.push('');
  return lines;
}

/** Each national module: its act, sources and date last checked, and what brings it in. */
function nationalLawSection(q: Questionnaire, w: ConditionWriter): string[] {
  if (q.nationalModules.length === 0) return [];
  const lines = [
    '## National law',
    '',
    'Each module adds the rules of one member state. It applies where its flag holds; its determination states that it applies and why, and its sections hold its questions.',
    '',
  ];
  for (const m of q.nationalModules) {
    lines.push(
      `### ${escapeMarkdown(m.law.title)} (${m.law.act}, ${m.country})`,
      '',
      `- Published: ${escapeMarkdown(m.law.citation)}`,
      `- Last checked: ${m.lastChecked}`,
      `- Flag: \`${m.flag}\`; determination: ${w.required(`determinations.${m.determination}.title`)} (\`${m.determination}\`); sections: ${m.sections.map((s) => `\`${s}\``).join(', ')}`,
      '- Sources:',
      ...m.sources.map((s) => `  - ${escapeMarkdown(s.title)}: <${s.url}>`),
      '',
    );
  }
  return lines;
}

/**
 * The rules of a questionnaire as one Markdown document, in questionnaire
 * order: intro, determinations, national law, critical gaps, early exits, flags and, when a
 * rule tests fine tiers, the gap answers of each tier.
 *
 * The output is stable (same data, same bytes) and kept Prettier-clean, so the
 * generated file can be checked in and compared by a test.
 */
export function renderLegalRules(q: Questionnaire, text: RuleText): string {
  const w = new ConditionWriter(q, text);
  const lines = [...intro(q, w)];
  if (q.determinations.length > 0) {
    lines.push('## Determinations', '');
    for (const d of q.determinations) lines.push(...determinationSection(d, w));
  }
  lines.push(...nationalLawSection(q, w));
  lines.push(...criticalGapsSection(q, w));
  lines.push(...unlawfulTodaySection(q, w));
  lines.push(...exitsSection(q, w));
  lines.push(...flagsSection(q, w));
  lines.push(...gapAnswersSection(q, w));
  lines.push(...changesSection(q, w));
  return `${lines.join('\n').trimEnd()}\n`;
}
