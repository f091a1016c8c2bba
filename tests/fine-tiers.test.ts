import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExampleSchema } from '@/engine/questionnaire/example.schema';
import type { Answers, Question } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { buildReport } from '@/report/build-report';
import { casesById } from '@/report/fine-exposure';
import type { ReportModel } from '@/report/report.types';
import enLocale from '../questionnaires/gdpr-readiness/locales/en.json';
import nlLocale from '../questionnaires/gdpr-readiness/locales/nl.json';
import { completeAnswers, loadShippedQuestionnaire } from './helpers/questionnaires';
import { runReport } from './helpers/report-cli';

/**
 * Issue 11, item 5: fine tiers only where Art. 83 puts them, each duty counted
 * once, and a fine exposure that follows Art. 83(4) to (7) and Rec. 150, with
 * enforcement examples that fit the organisation. Each rule is checked through
 * the engine (`buildReport`) and through `npm run report -- <file> --format json`,
 * on the answer files in tests/fixtures/fines.
 */

const q = loadShippedQuestionnaire();
const questions = new Map(q.sections.flatMap((s) => s.questions).map((x) => [x.id, x]));
const question = (id: string): Question => questions.get(id)!;
const fixtureDir = join(__dirname, 'fixtures/fines');
const fixturePath = (name: string) => join(fixtureDir, `${name}.json`);
const fixture = (name: string) =>
  ExampleSchema.parse(JSON.parse(readFileSync(fixturePath(name), 'utf8')));
const report = (name: string) => buildReport(q, fixture(name).answers);
const tierOf = (model: Pick<ReportModel, 'actions'>, id: string) =>
  model.actions.find((a) => a.questionId === id)?.fineTier;
const shown = (answers: Answers, id: string) =>
  computeVisibility(q, answers).questions.get(id) === true;

type QuestionTexts = { readonly questions: Record<string, Record<string, string> | undefined> };
const locales = { en: enLocale, nl: nlLocale } as unknown as Record<'en' | 'nl', QuestionTexts>;
/** A question's text in one language, such as its help; '' when missing. */
const text = (lng: 'en' | 'nl', id: string, field: 'label' | 'help' | 'action') =>
  locales[lng].questions[id]?.[field] ?? '';

/** The article numbers Art. 83(4)(a) lists: controller and processor obligations. */
const LOWER_TIER = new Set([8, 11, ...range(25, 39), 42, 43]);
/** Art. 83(5)(a)-(e): principles and consent, rights, transfers, Chapter IX law, orders. */
const UPPER_TIER = new Set([5, 6, 7, 9, ...range(12, 22), ...range(44, 49), 58, ...range(85, 91)]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function articleNumbers(refs: readonly string[]): number[] {
  return refs.flatMap((ref) => {
    const match = /^Art\. (\d+)/.exec(ref);
    return match ? [Number(match[1])] : [];
  });
}

describe('Art. 83(4) and (5): a gap carries a tier only where Art. 83 lists the duty it tests', () => {
  it('Art. 83(4)(a) and 83(5)(a)-(d): every tiered question cites a provision of its tier', () => {
    const wrong = [...questions.values()].flatMap((x) => {
      const tier = x.scoring?.fineTier;
      if (!tier || tier === 'none') return [];
      const listed = tier === 'art83-4' ? LOWER_TIER : UPPER_TIER;
      return articleNumbers(x.articles).some((n) => listed.has(n)) ? [] : [`${x.id}: ${tier}`];
    });
    expect(wrong).toEqual([]);
  });

  it('Art. 24(1): a five-person app maker without a privacy owner gets an action, but no fine tier', () => {
    expect(question('privacy-owner').scoring?.fineTier).toBe('none');
    expect(tierOf(report('dutch-teen-app'), 'privacy-owner')).toBe('none');
    expect(text('en', 'privacy-owner', 'help')).toMatch(/Article 24 is not among/);
  });

  it('Art. 48: no procedure for a foreign court order to hand over data is no fine tier of its own', () => {
    expect(question('transfer-government-access').articles).toEqual(['Art. 48']);
    expect(tierOf(report('dutch-teen-app'), 'transfer-government-access')).toBe('none');
  });

  it('Art. 30(1)(e): an incomplete map of transfers to a US support tool is a records gap, Art. 83(4)', () => {
    expect(question('transfer-map').articles[0]).toBe('Art. 30(1)(e)');
    expect(tierOf(report('dutch-teen-app'), 'transfer-map')).toBe('art83-4');
    expect(question('records-of-processing').scoring?.fineTier).toBe('art83-4');
  });

  it('Art. 21 and the Telecommunicatiewet: marketing e-mails without consent count only for the GDPR duties, and the text says the rest is national ePrivacy law', () => {
    const marketing = question('direct-marketing-rules');
    expect(marketing.scoring?.fineTier).toBe('art83-5');
    expect(marketing.articles).toEqual(expect.arrayContaining(['Art. 21(2)', 'Art. 21(4)']));
    expect(tierOf(report('dutch-teen-app'), 'direct-marketing-rules')).toBe('art83-5');
    for (const said of [
      text('en', 'direct-marketing-rules', 'help'),
      text('en', 'direct-marketing-rules', 'action'),
      text('en', 'marketing', 'help'),
    ])
      expect(said).toMatch(/national ePrivacy/);
    expect(text('en', 'direct-marketing-rules', 'help')).toMatch(/own supervision and penalties/);
    expect(text('nl', 'direct-marketing-rules', 'help')).toMatch(/nationaal ePrivacyrecht/);
    expect(text('nl', 'direct-marketing-rules', 'help')).toMatch(/11\.7a/);
  });

  it('Art. 10: Art. 83 names no fine for Art. 10 itself, so the tier of a Ghent app keeping a fraud ban list rests on Art. 5(1)(a) and 6', () => {
    for (const id of ['criminal-data-authorised', 'nl-criminal-data']) {
      expect(question(id).articles).toEqual(expect.arrayContaining(['Art. 5(1)(a)', 'Art. 6(1)']));
      expect(question(id).scoring?.fineTier).toBe('art83-5');
      expect(text('en', id, 'help')).toMatch(/names no fine for Article 10 itself/);
    }
    expect(tierOf(report('belgian-teen-app'), 'criminal-data-authorised')).toBe('art83-5');
  });
});

describe('one duty, one question: the Dutch questions do not count a duty twice', () => {
  /** The general question and the Dutch one that repeats its duty. */
  const PAIRS = [
    ['children-consent', 'nl-parental-consent'],
    ['criminal-data-authorised', 'nl-criminal-data'],
  ] as const;

  it('Art. 8 and UAVG 5: a Dutch homework app for teenagers is asked about parental consent once, in the Netherlands section', () => {
    const { answers } = fixture('dutch-teen-app');
    expect(shown(answers, 'children-consent')).toBe(false);
    expect(shown(answers, 'nl-parental-consent')).toBe(true);
    const ids = report('dutch-teen-app').actions.map((a) => a.questionId);
    expect(ids).toContain('nl-parental-consent');
    expect(ids).not.toContain('children-consent');
    expect(text('en', 'nl-parental-consent', 'help')).toMatch(/other EU countries/);
  });

  it('Art. 8: the same app made in Ghent gets the general question, with no Dutch one', () => {
    const { answers } = fixture('belgian-teen-app');
    expect(shown(answers, 'children-consent')).toBe(true);
    expect(shown(answers, 'nl-parental-consent')).toBe(false);
  });

  it('Art. 10 and UAVG 31-33: the Dutch app keeping a fraud ban list answers for it once', () => {
    const ids = report('dutch-teen-app').actions.map((a) => a.questionId);
    expect(ids).toContain('nl-criminal-data');
    expect(ids).not.toContain('criminal-data-authorised');
    expect(report('belgian-teen-app').actions.map((a) => a.questionId)).toContain(
      'criminal-data-authorised',
    );
  });

  it('UAVG 29: a Dutch gym with fingerprint access answers the biometrics rule in the Netherlands section only', () => {
    expect(question('nl-biometrics').articles).toContain('UAVG 29');
    expect(question('special-data-national-rules').articles).not.toContain('UAVG 29');
    expect(text('en', 'special-data-national-rules', 'label')).not.toMatch(/biometric/);
    expect(text('en', 'special-data-national-rules', 'help')).toMatch(
      /biometric identification \(article 29 UAVG\) .* asked in the Netherlands section/,
    );
  });

  it.each([['netherlands'], ['belgium'], ['netherlands', 'belgium'], ['germany', 'netherlands']])(
    'never shows a general question and its Dutch twin together (established in %s)',
    (...countries) => {
      for (const children of ['yes', 'no'])
        for (const criminal of ['yes', 'no'])
          for (const controller of ['yes', 'dont-know']) {
            const answers = completeAnswers(q, {
              'personal-data': 'yes',
              'household-only': 'no',
              'eu-establishment': 'yes',
              'establishment-countries': countries,
              'public-body': 'no',
              'children-data': children,
              'criminal-data': criminal,
              'controller-role': controller,
              'lawful-bases': ['consent', 'contract'],
            });
            for (const [general, dutch] of PAIRS)
              expect(
                shown(answers, general) && shown(answers, dutch),
                `${general} + ${dutch}: ${countries.join()}, ${children}, ${criminal}, ${controller}`,
              ).toBe(false);
          }
    },
  );
});

describe('Art. 83(7): public authorities and bodies', () => {
  it('Art. 83(7) / UAVG: a Dutch municipality can be fined up to EUR 10 m and 20 m, under Dutch law', () => {
    expect(report('dutch-municipality').fines).toMatchObject({
      basis: 'public-body-fixed-caps',
      nationalLaw: 'NL',
      tiers: { 'art83-4': { cap: 10_000_000, gaps: 1 }, 'art83-5': { cap: 20_000_000, gaps: 1 } },
      highestTier: 'art83-5',
      ceiling: 20_000_000,
    });
  });

  it('Art. 83(7): for the same municipality in Belgium the maximum depends on national law', () => {
    expect(report('belgian-municipality').fines).toMatchObject({
      basis: 'national-law',
      nationalLaw: null,
      tiers: { 'art83-4': { cap: null }, 'art83-5': { cap: null } },
      ceiling: null,
    });
  });

  it('Art. 83(7): a public body is not asked whether it carries on an economic activity', () => {
    const { answers } = fixture('dutch-municipality');
    expect(shown(answers, 'economic-activity')).toBe(false);
    expect(shown(answers, 'group-turnover')).toBe(false);
  });
});

describe('Art. 83(4) and (5), Rec. 150: organisations that are not undertakings', () => {
  it('Rec. 150: a tennis club paid for by dues, selling nothing on a market, faces only the fixed amounts', () => {
    const { fines } = report('tennis-club');
    expect(fines).toMatchObject({ basis: 'not-undertaking', assumptions: [], ceiling: 20_000_000 });
    expect(shown(fixture('tennis-club').answers, 'group-turnover')).toBe(false);
  });

  it('Art. 83(5): "don\'t know" on economic activity counts as an undertaking, and the report says what it assumed', () => {
    expect(report('dutch-teen-app').fines).toMatchObject({
      basis: 'fixed-caps',
      assumptions: ['undertaking-assumed'],
      ceiling: 20_000_000,
    });
    expect(report('belgian-teen-app').fines).toMatchObject({ basis: 'turnover', assumptions: [] });
  });

  it('Art. 83(5): a group with EUR 2 bn turnover unsure about its economic activity keeps the 4% ceiling', () => {
    const answers = { ...fixture('dutch-teen-app').answers, 'group-turnover': 2_000_000_000 };
    expect(buildReport(q, answers).fines).toMatchObject({
      basis: 'turnover',
      ceiling: 80_000_000,
      assumptions: ['undertaking-assumed'],
    });
  });
});

describe('enforcement examples proportionate to the organisation', () => {
  it('a five-person app maker is shown fines on small organisations first, none near the EUR 1.2 bn Meta fine', () => {
    const cases = casesById(report('dutch-teen-app').fines.examples);
    expect(cases).toHaveLength(3);
    expect(cases.slice(0, 2).every((c) => c.scale === 'small')).toBe(true);
    expect(Math.max(...cases.map((c) => c.amountEur))).toBeLessThan(1_000_000);
  });

  it('a Dutch municipality is shown fines on public bodies first', () => {
    const cases = casesById(report('dutch-municipality').fines.examples);
    expect(cases.slice(0, 2).every((c) => c.publicBody)).toBe(true);
  });

  it('a hospital of 2,400 staff with EUR 310 m turnover is shown the fine on a Dutch hospital', () => {
    const hospital = JSON.parse(
      readFileSync(
        join(__dirname, '../questionnaires/gdpr-readiness/examples/hospital.json'),
        'utf8',
      ),
    ) as { answers: Answers };
    expect(buildReport(q, hospital.answers).fines.examples).toContain('olvg-2020');
  });
});

describe('npm run report -- <file> --format json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fine-tiers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function json(name: string): Promise<ReportModel> {
    const { code, stdout, stderr } = await runReport([fixturePath(name), '--format', 'json'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return JSON.parse(stdout) as ReportModel;
  }

  it('Art. 24(1), Art. 48 and Art. 30(1)(e): the tiers of the Dutch app’s actions', async () => {
    const model = await json('dutch-teen-app');
    expect(tierOf(model, 'privacy-owner')).toBe('none');
    expect(tierOf(model, 'transfer-government-access')).toBe('none');
    expect(tierOf(model, 'transfer-map')).toBe('art83-4');
    expect(tierOf(model, 'direct-marketing-rules')).toBe('art83-5');
    expect(tierOf(model, 'nl-parental-consent')).toBe('art83-4');
    expect(tierOf(model, 'children-consent')).toBeUndefined();
    expect(tierOf(model, 'criminal-data-authorised')).toBeUndefined();
    expect(model.fines).toMatchObject({
      basis: 'fixed-caps',
      assumptions: ['undertaking-assumed'],
      tiers: { 'art83-4': { gaps: 2 }, 'art83-5': { gaps: 2 } },
    });
  });

  it('Art. 83(7) / UAVG: a Dutch municipality, EUR 20 m under Dutch law; in Belgium no maximum', async () => {
    expect((await json('dutch-municipality')).fines).toMatchObject({
      basis: 'public-body-fixed-caps',
      nationalLaw: 'NL',
      ceiling: 20_000_000,
    });
    expect((await json('belgian-municipality')).fines).toMatchObject({
      basis: 'national-law',
      ceiling: null,
    });
  });

  it('Rec. 150: the tennis club gets the fixed amounts, not a percentage', async () => {
    expect((await json('tennis-club')).fines).toMatchObject({
      basis: 'not-undertaking',
      ceiling: 20_000_000,
    });
  });

  it('gives the same fine exposure and examples as the engine, for every answer file', async () => {
    for (const name of [
      'dutch-teen-app',
      'belgian-teen-app',
      'dutch-municipality',
      'belgian-municipality',
      'tennis-club',
    ])
      expect((await json(name)).fines, name).toEqual(report(name).fines);
  });
});
