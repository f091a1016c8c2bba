import { describe, expect, it } from 'vitest';
import {
  choice,
  FILE,
  rawQuestionnaire,
  shaped,
  type RawQuestionnaire,
} from '../../../tests/helpers/raw-questionnaire';
import { nationalModuleIssues } from './check-national-modules';

const check = (q: RawQuestionnaire) =>
  nationalModuleIssues(FILE, shaped(q)).map((i) => [i.code, i.path, i.message]);

const scored = { priority: 'high', fineTier: 'art83-5', effort: 'days' };

/** A German module wired as its schema says; each test breaks one link. */
function germany(
  overrides: { module?: Record<string, unknown>; showIf?: unknown; applies?: unknown } = {},
): RawQuestionnaire {
  return rawQuestionnaire(
    [
      { id: 'scope', questions: [choice('in-germany')] },
      {
        id: 'germany',
        showIf: 'showIf' in overrides ? overrides.showIf : { flag: 'germanLaw' },
        questions: [
          choice('de-staff', { articles: ['BDSG 38(1)'], scoring: scored }),
          choice('de-list', { articles: ['Art. 35(4)'] }),
        ],
      },
    ],
    {
      flags: { germanLaw: { question: 'in-germany', equals: 'yes' } },
      determinations: [
        {
          id: 'german-law',
          outcomes: [
            { id: 'applies', when: overrides.applies ?? { flag: 'germanLaw' } },
            { id: 'not-indicated' },
          ],
        },
      ],
      nationalModules: [
        {
          id: 'germany',
          country: 'DE',
          law: { act: 'BDSG', title: 'Bundesdatenschutzgesetz', citation: 'BGBl. I 2017 S. 2097' },
          flag: 'germanLaw',
          determination: 'german-law',
          sections: ['germany'],
          sources: [{ title: 'BDSG', url: 'https://www.gesetze-im-internet.de/bdsg_2018/' }],
          lastChecked: '2026-12-07',
          ...overrides.module,
        },
      ],
    },
  );
}

describe('national modules', () => {
  it('accept a module whose flag, determination and section fit together', () => {
    expect(check(germany())).toEqual([]);
  });

  it('reject a flag that is not defined', () => {
    expect(check(germany({ module: { flag: 'bavarianLaw' } }))).toContainEqual([
      'bad-national-module',
      '$.nationalModules[0].flag',
      'flag "bavarianLaw" is not defined',
    ]);
  });

  it('reject a determination whose "applies" does not test the flag, so the report could not say why', () => {
    const [issue] = check(germany({ applies: { question: 'in-germany', equals: 'yes' } }));
    expect(issue?.slice(0, 2)).toEqual([
      'bad-national-module',
      '$.nationalModules[0].determination',
    ]);
  });

  it('reject a section shown without the flag, and accept one shown under the flag and more', () => {
    expect(check(germany({ showIf: undefined }))).toEqual([
      [
        'bad-national-module',
        '$.nationalModules[0].sections[0]',
        'section "germany" must be shown only where flag "germanLaw" holds',
      ],
    ]);
    const narrower = { all: [{ question: 'in-germany', equals: 'yes' }, { flag: 'germanLaw' }] };
    expect(check(germany({ showIf: narrower }))).toEqual([]);
  });

  it('reject a scored question of the module that cites no provision of its act', () => {
    const q = germany();
    q.sections[1]!.questions[0]!.articles = ['Art. 37(4)'];
    expect(check(q)).toEqual([
      [
        'bad-national-module',
        '$.nationalModules[0].sections[0]',
        'scored question "de-staff" cites no provision of the BDSG',
      ],
    ]);
  });

  it('reject a section that does not exist or that two modules claim', () => {
    const q = germany({ module: { sections: ['germany', 'bavaria'] } });
    expect(check(q).map(([, , message]) => message)).toEqual(['section "bavaria" does not exist']);
    const twice = germany();
    twice.nationalModules!.push({
      ...(twice.nationalModules![0] as Record<string, unknown>),
      id: 'austria',
      country: 'AT',
    });
    expect(check(twice).map(([, , message]) => message)).toEqual([
      'section "germany" already belongs to module "germany"',
    ]);
  });
});
