import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import type { Condition } from '@/engine/questionnaire/questionnaire.schema';
import {
  describeCondition,
  renderLegalRules,
  shortenLabel,
  type RuleText,
} from '@/report/legal-rules';
import { LEGAL_RULES_FILE, readShippedRules } from '../scripts/legal-rules';
import { buildQuestionnaire, yesNo } from './helpers/questionnaires';

const LONG_LABEL =
  'Does your organisation handle personal data, meaning any information about a living person who can be identified?';

const q = buildQuestionnaire({
  flags: {
    isController: { question: 'controller', equals: 'yes' },
    bigController: { all: [{ flag: 'isController' }, { question: 'staff', gte: 250 }] },
    unusedFlag: { question: 'controller', equals: 'no' },
  },
  exits: [
    {
      id: 'out-of-scope',
      when: { question: 'personal-data', equals: 'no' },
      reasons: [{ id: 'no-data', when: { question: 'personal-data', equals: 'no' } }],
    },
  ],
  determinations: [
    {
      id: 'applies',
      scope: true,
      match: 'all',
      outcomes: [
        { id: 'yes', when: { question: 'personal-data', equals: 'yes' }, articles: ['Art. 2(1)'] },
        { id: 'no', articles: ['Art. 2(1)'] },
      ],
    },
    {
      id: 'dpo',
      outcomes: [
        {
          id: 'required',
          when: { flag: 'bigController' },
          articles: ['Art. 37(1)'],
          reasons: [
            {
              id: 'health',
              when: { question: 'categories', equals: 'health' },
              articles: ['Art. 37(1)(c)', 'Rec. 97'],
            },
          ],
        },
        {
          id: 'unclear',
          when: { question: 'controller', equals: 'dont-know' },
          articles: ['Art. 37(1)'],
        },
        { id: 'not-required', articles: ['Art. 37(1)'] },
      ],
    },
    {
      id: 'tier',
      outcomes: [{ id: 'upper', when: { gap: 'art83-5' }, articles: ['Art. 83(5)'] }],
    },
  ],
  criticalGaps: [
    {
      id: 'no-records',
      section: 'duties',
      when: { all: [{ flag: 'isController' }, { question: 'records', in: ['no', 'dont-know'] }] },
      articles: ['Art. 30(1)'],
      action: 'records',
    },
  ],
  sections: [
    {
      id: 'scope',
      questions: [
        { id: 'personal-data', type: 'singleChoice', options: ['yes', 'no', 'dont-know'] },
        { id: 'controller', type: 'singleChoice', options: ['yes', 'no', 'dont-know'] },
        { id: 'staff', type: 'number' },
        { id: 'turnover', type: 'number', unit: 'eur' },
        {
          id: 'categories',
          type: 'multiChoice',
          options: ['health', 'biometric', 'none'],
          exclusive: ['none'],
        },
        { id: 'name', type: 'shortText', required: false },
      ],
    },
    {
      id: 'duties',
      questions: [
        yesNo('records', {
          options: ['yes', 'no', 'dont-know'],
          scoring: {
            priority: 'high',
            fineTier: 'art83-5',
            effort: 'days',
            guidance: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
          },
        }),
      ],
    },
  ],
});

const TEXTS: Record<string, string> = {
  title: 'Test check',
  'sections.duties.title': 'Duties',
  'questions.personal-data.label': LONG_LABEL,
  'questions.controller.label': 'Do you decide why and how?',
  'questions.staff.label': 'How many people work for you?',
  'questions.turnover.label': 'What is your turnover?',
  'questions.categories.label': 'Which of these do you *handle*?',
  'questions.categories.options.health': 'Health data (incl. sick leave)',
  'questions.name.label': 'Name',
  'questions.records.label': 'Do you keep records?',
  'options.yes': 'Yes',
  'options.no': 'No',
  'options.dont-know': "Don't know",
  'options.health': 'Health',
  'options.biometric': 'Biometric data',
  'options.none': 'None of these',
  'options.partly': 'Partly',
  'determinations.applies.title': 'Does the GDPR apply?',
  'determinations.applies.outcomes.yes.label': 'Yes',
  'determinations.applies.outcomes.yes.reason': 'You handle personal data.',
  'determinations.applies.outcomes.no.label': 'No',
  'determinations.dpo.title': 'Data protection officer',
  'determinations.dpo.outcomes.required.label': 'Required',
  'determinations.dpo.outcomes.required.reasons.health': 'You handle health data.',
  'determinations.dpo.outcomes.unclear.label': 'Not clear yet',
  'determinations.dpo.outcomes.not-required.label': 'Not required',
  'determinations.tier.title': 'Fine tier',
  'determinations.tier.outcomes.upper.label': 'Upper',
  'criticalGaps.no-records.label': 'No records',
  'criticalGaps.no-records.detail': 'Records are compulsory.',
  'exits.out-of-scope.title': 'The GDPR does not apply',
  'exits.out-of-scope.reasons.no-data': 'You handle no personal data.',
};

const text: RuleText = (key) => TEXTS[key] ?? key;
const words = (condition: Condition) => describeCondition(q, text, condition);

describe('docs/legal-rules.md', () => {
  const shipped = readShippedRules();
  const markdown = renderLegalRules(shipped.questionnaire, shipped.text);

  // Regenerate with `npm run rules` after changing the questionnaire or its English texts.
  it('matches the rules of the shipped questionnaire', async () => {
    await expect(markdown).toMatchFileSnapshot('../docs/legal-rules.md');
  });

  it('Art. 32(1): lists how an older security answer is carried over, and which answer makes the measure actions critical', () => {
    expect(markdown).toMatch(
      /\(security-measures\), changed in version 1\.3\.0: an older \*\*Don't know\*\* is kept as \*\*I don't know which of these we have\*\*/,
    );
    expect(markdown).toContain(
      '**Some are partly in place, none everywhere** or **None of these is in place anywhere** leaves every measure not ticked, and when the answer makes a critical gap hold',
    );
  });

  it('is left unchanged by Prettier, so `prettier --check .` passes on it', async () => {
    const options = await resolveConfig(LEGAL_RULES_FILE);
    expect(await format(markdown, { ...options, filepath: LEGAL_RULES_FILE })).toBe(markdown);
  });

  /** The lines of one critical gap, from its heading to its condition. */
  const gapBlock = (id: string) => {
    const start = markdown.indexOf(`(\`${id}\`)\n`);
    return markdown.slice(start, markdown.indexOf('\nWhen:', start));
  };

  it('Art. 36(1): names the prior-consultation question once, as the gap’s own action that its answer makes critical', () => {
    const block = gapBlock('prior-consultation-missing');
    expect(block.match(/\(dpia-prior-consultation\)/g)).toHaveLength(1);
    expect(block).toContain('- Its own action, critical when its answer makes the gap hold');
    expect(block).not.toContain('Made critical, when its answer');
    // Another gap's causes besides its own action are still listed apart.
    expect(gapBlock('no-records')).toMatch(
      /Made critical, when its answer makes the gap hold: .*\(processor-records\)\n/,
    );
    expect(gapBlock('no-records').match(/\(records-of-processing\)/g)).toHaveLength(1);
  });

  it('Art. 5(2) is the reason for a contradicted record of grounds only, not for a DPO said to be both missing and appointed (Art. 37(1))', () => {
    const intro = markdown.slice(
      markdown.indexOf('## Critical gaps'),
      markdown.indexOf('\n### ', markdown.indexOf('## Critical gaps')),
    );
    expect(intro).toMatch(
      /For a record of grounds, such as the lawful bases \(Art\. 6\(1\)\).*, Art\. 5\(2\) adds that a record/,
    );
    expect(intro).toMatch(
      /a DPO said to be both missing and appointed \(Art\. 37\(1\)\), the disagreement alone is the reason/,
    );
    expect(gapBlock('dpo-not-designated')).not.toContain('5(2)');
  });

  it('names every determination, outcome, reason, critical gap, exit and flag it uses', () => {
    const { questionnaire } = shipped;
    for (const d of questionnaire.determinations) {
      expect(markdown).toContain(`(\`${d.id}\`)`);
      for (const outcome of d.outcomes) {
        expect(markdown).toContain(`(\`${outcome.id}\`)\n`);
        for (const reason of outcome.reasons) expect(markdown).toContain(`- \`${reason.id}\` (`);
      }
    }
    for (const gap of questionnaire.criticalGaps) expect(markdown).toContain(`(\`${gap.id}\`)\n`);
    for (const exit of questionnaire.exits) expect(markdown).toContain(`(\`${exit.id}\`)\n`);
    const flagsUsed = [...markdown.matchAll(/flag \*\*(\w+)\*\*/g)].map((m) => m[1]);
    for (const flag of new Set(flagsUsed)) expect(markdown).toContain(`\n### ${flag}\n`);
    expect(markdown).not.toContain('{"');
  });
});

describe('condition wording', () => {
  it('names a question by its label cut to about 80 characters and its id', () => {
    expect(words({ question: 'personal-data', equals: 'dont-know' })).toEqual([
      "- the answer to _Does your organisation handle personal data, meaning any information about a…_ (personal-data) is **Don't know**",
    ]);
    expect(shortenLabel('Short enough?')).toBe('Short enough?');
    expect(shortenLabel(LONG_LABEL).length).toBeLessThanOrEqual(80);
  });

  it('writes single-choice "in" as alternatives and multiple-choice tests as "include"', () => {
    expect(words({ question: 'controller', in: ['no', 'dont-know'] })).toEqual([
      "- the answer to _Do you decide why and how?_ (controller) is **No** or **Don't know**",
    ]);
    expect(words({ question: 'categories', equals: 'biometric' })).toEqual([
      '- the answers to _Which of these do you \\*handle\\*?_ (categories) include **Biometric data**',
    ]);
    expect(words({ question: 'categories', in: ['health', 'biometric', 'none'] })).toEqual([
      '- the answers to _Which of these do you \\*handle\\*?_ (categories) include at least one of **Health data (incl. sick leave)**, **Biometric data** or **None of these**',
    ]);
  });

  it('writes counts, numbers and amounts', () => {
    expect(words({ question: 'categories', minSelected: 2 })).toEqual([
      '- at least **2** of the options of _Which of these do you \\*handle\\*?_ (categories) are selected',
    ]);
    expect(words({ question: 'staff', gte: 250 })).toEqual([
      '- the answer to _How many people work for you?_ (staff) is **250** or more',
    ]);
    expect(words({ question: 'staff', lt: 10 })).toEqual([
      '- the answer to _How many people work for you?_ (staff) is less than **10**',
    ]);
    expect(words({ question: 'turnover', gt: 10_000_000 })).toEqual([
      '- the answer to _What is your turnover?_ (turnover) is more than **EUR 10,000,000**',
    ]);
    expect(words({ question: 'turnover', lte: 2_000_000 })).toEqual([
      '- the answer to _What is your turnover?_ (turnover) is **EUR 2,000,000** or less',
    ]);
    expect(words({ question: 'name', answered: true })).toEqual(['- _Name_ (name) is answered']);
    expect(words({ question: 'name', answered: false })).toEqual([
      '- _Name_ (name) is not answered (or not shown)',
    ]);
  });

  it('writes flags, fine-tier gaps and negations', () => {
    expect(words({ flag: 'isController' })).toEqual(['- flag **isController** holds (see Flags)']);
    expect(words({ not: { flag: 'isController' } })).toEqual([
      '- flag **isController** does not hold (see Flags)',
    ]);
    expect(words({ not: { question: 'controller', equals: 'yes' } })).toEqual([
      '- NOT: the answer to _Do you decide why and how?_ (controller) is **Yes**',
    ]);
    expect(words({ gap: 'art83-4' })).toEqual([
      "- a shown, scored question of fine tier **Art. 83(4)** has a gap answer (see Gap answers), or an item's verdict leaves a gap of that tier",
    ]);
  });

  it('nests ALL, ANY, NONE and NOT ALL as indented lists, in the order written', () => {
    expect(
      words({
        all: [
          { flag: 'isController' },
          {
            any: [
              { question: 'staff', gte: 250 },
              {
                not: { any: [{ question: 'controller', equals: 'no' }, { flag: 'bigController' }] },
              },
              { not: { all: [{ question: 'staff', lt: 10 }, { flag: 'isController' }] } },
            ],
          },
        ],
      }),
    ).toEqual([
      '- ALL of:',
      '  - flag **isController** holds (see Flags)',
      '  - ANY of:',
      '    - the answer to _How many people work for you?_ (staff) is **250** or more',
      '    - NONE of:',
      '      - the answer to _Do you decide why and how?_ (controller) is **No**',
      '      - flag **bigController** holds (see Flags)',
      '    - NOT ALL of:',
      '      - the answer to _How many people work for you?_ (staff) is less than **10**',
      '      - flag **isController** holds (see Flags)',
    ]);
  });
});

describe('renderLegalRules', () => {
  const markdown = renderLegalRules(q, text);

  it('opens by saying what the file is, how it is made, and that "don\'t know" never exempts', () => {
    expect(markdown.startsWith('# Legal rules: Test check\n')).toBe(true);
    expect(markdown).toContain('generated from the questionnaire data');
    expect(markdown).toContain('Do not edit it by hand');
    expect(markdown).toContain('`npm run rules`');
    expect(markdown).toContain('**"Don\'t know" never leads to an exemption.**');
  });

  it('says how outcomes are chosen, with the fallback, and lists reasons with their articles', () => {
    expect(markdown).toContain(
      'Every outcome whose condition holds is reported. When none holds, the outcome is **No** (`no`).',
    );
    expect(markdown).toContain(
      'the first whose condition holds is the result. When none holds, the outcome is **Not required** (`not-required`).',
    );
    expect(markdown).toContain(
      'the first whose condition holds is the result. When none holds, the report states no outcome.',
    );
    expect(markdown).toContain('> You handle personal data.');
    expect(markdown).toContain(
      'Legal references: Art. 37(1), plus those of each reason that holds.',
    );
    expect(markdown).toContain(
      [
        '- `health` (Art. 37(1)(c), Rec. 97): You handle health data. When:',
        '  - the answers to _Which of these do you \\*handle\\*?_ (categories) include **Health data (incl. sick leave)**',
      ].join('\n'),
    );
    expect(markdown).toContain('When: none of the outcomes above holds.');
    expect(markdown).toContain('When: none of the other outcomes holds.');
  });

  it('lists critical gaps with section, articles and action, and the exit with its reasons', () => {
    expect(markdown).toContain(
      [
        '### No records (`no-records`)',
        '',
        '> Records are compulsory.',
        '',
        '- Section: Duties (`duties`)',
        '- Legal references: Art. 30(1)',
        '- Its own action, critical when its answer makes the gap hold, or when a part of the condition holds that nothing below accounts for: _Do you keep records?_ (records) (guidance: <https://eur-lex.europa.eu/eli/reg/2016/679/oj>)',
        '',
        'When:',
      ].join('\n'),
    );
    expect(markdown).toContain('caps the overall rating and the rating of its section at red');
    expect(markdown).toContain('### The GDPR does not apply (`out-of-scope`)');
    expect(markdown).toContain('only the determination **Does the GDPR apply?** (`applies`)');
    expect(markdown).toContain('- `no-data`: You handle no personal data. When:');
  });

  it('keeps questionnaire order and writes out only the flags the rules use, through other flags too', () => {
    const order = ['## Determinations', '## Critical gaps', '## Early exits', '## Flags'];
    const positions = order.map((heading) => markdown.indexOf(`\n${heading}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown.indexOf('(`applies`)')).toBeLessThan(markdown.indexOf('(`dpo`)'));
    expect(markdown.indexOf('\n### isController\n')).toBeLessThan(
      markdown.indexOf('\n### bigController\n'),
    );
    expect(markdown).not.toContain('unusedFlag');
  });

  it('lists the gap answers of each fine tier a rule tests', () => {
    expect(markdown).toContain(
      [
        '### Fine tier Art. 83(5)/(6)',
        '',
        "- _Do you keep records?_ (records): **No**, **Partly** or **Don't know**",
      ].join('\n'),
    );
    expect(markdown).not.toContain('### Fine tier Art. 83(4)');
  });
});
