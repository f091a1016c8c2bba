import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsentAgeFactsSchema } from '@/engine/questionnaire/facts.schema';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import { citeLegalRefBound } from '@/engine/legal/cite-legal-ref';
import { buildReport } from '@/report/build-report';
import { helpLinks } from '@/report/report-content';
import { GDPR_URL, legalRefUrl, ReportTexts } from '@/report/report-texts';
import { questionnairesDir } from '../scripts/questionnaire-files';
import {
  activities,
  activity,
  assess,
  CONTROLLER,
  NL_SCOPE,
  NON_EU_SHOP,
  ORDINARY_DATA,
  q,
} from './helpers/assess';

/**
 * The national modules (`nationalModules` in the questionnaire): which member state's law
 * applies and why, and the rules each adds through the ordinary determinations, critical gaps and
 * scored questions. Each case is a small organisation of our own making.
 */

interface Locale {
  questions: Record<string, { label: string; help?: string; hint?: string }>;
  criticalGaps: Record<string, { detail: string }>;
  determinations: Record<
    string,
    { outcomes: Record<string, { reason: string; reasons?: Record<string, string> }> }
  >;
}
const unclearTexts = (locale: Locale, determination: string) =>
  locale.determinations[determination]!.outcomes.unclear!;
const readLocale = (language: string): Locale =>
  JSON.parse(
    readFileSync(join(questionnairesDir, 'gdpr-readiness', 'locales', `${language}.json`), 'utf8'),
  ) as Locale;
const en = readLocale('en');
const nl = readLocale('nl');

const scope = (...countries: string[]): Answers => ({
  ...NL_SCOPE,
  'establishment-countries': countries,
});

/** A bakery chain with its tills recording loyalty-card data. */
const bakery = (countries: string[], extra: Answers = {}): Answers => ({
  ...scope(...countries),
  'organisation-name': 'Bäckerei Huber',
  employees: 40,
  'public-body': 'no',
  ...ORDINARY_DATA,
  ...CONTROLLER,
  ...extra,
});

describe('national modules: which law applies and why', () => {
  it('each module is a law with sources and a date it was last checked', () => {
    expect(q.nationalModules.map((m) => [m.id, m.country, m.law.act])).toEqual([
      ['netherlands', 'NL', 'UAVG'],
      ['germany', 'DE', 'BDSG'],
      ['denmark', 'DK', 'DBL'],
      ['france', 'FR', 'LIL'],
    ]);
    for (const m of q.nationalModules) {
      expect(m.sources.length).toBeGreaterThan(0);
      expect(m.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('UAVG 4(1) and § 1(4) BDSG: an organisation established in the Netherlands and Germany sees both modules, each with its reason', () => {
    const r = assess(bakery(['netherlands', 'germany']));
    expect(r.outcome('dutch-law')).toEqual(['applies']);
    expect(r.reasons('dutch-law')).toEqual(['establishment']);
    expect(r.outcome('german-law')).toEqual(['applies']);
    expect(r.reasons('german-law')).toEqual(['establishment']);
    expect(r.articles('german-law')).toContain('BDSG 1(4)');
    expect(r.steps).toEqual(expect.arrayContaining(['netherlands', 'germany']));
    expect(r.steps).not.toContain('denmark');
    expect(r.has('danish-law')).toBe(false);
  });

  it('a law that does not reach the organisation is not stated at all, not even as "not indicated"', () => {
    const r = assess(bakery(['netherlands']));
    expect(r.has('german-law')).toBe(false);
    expect(r.has('french-law')).toBe(false);
    expect(r.outcome('dutch-law')).toEqual(['applies']);
  });

  it('§ 1(4) BDSG: a US shop with no EU establishment that sells to people in Germany gets the German rules, because it targets them', () => {
    const r = assess({ ...NON_EU_SHOP, 'targets-other-countries': ['germany'] });
    expect(r.outcome('german-law')).toEqual(['applies']);
    expect(r.reasons('german-law')).toEqual(['targets']);
    expect(r.steps).toContain('germany');
  });

  it('§ 1(4) BDSG: a US shop unsure whether it targets people in Germany is told to find out', () => {
    const r = assess({ ...NON_EU_SHOP, 'targets-other-countries': ['dont-know'] });
    expect(r.outcome('german-law')).toEqual(['unclear']);
    expect(r.steps).not.toContain('germany');
  });

  it('a US shop that targets none of these countries sees no national module but the Dutch one it targets', () => {
    const r = assess({
      ...NON_EU_SHOP,
      'targets-netherlands': 'yes',
      'targets-other-countries': ['none-of-these'],
    });
    expect(r.outcome('dutch-law')).toEqual(['applies']);
    expect(r.reasons('dutch-law')).toEqual(['targets']);
    for (const law of ['german-law', 'danish-law', 'french-law']) expect(r.has(law)).toBe(false);
  });
});

describe('Germany: Bundesdatenschutzgesetz (BDSG)', () => {
  it('§ 38(1) BDSG: a Munich bakery chain with 25 staff at tills that record loyalty-card data needs a DPO', () => {
    const r = assess(bakery(['germany'], { 'de-automated-processing-staff': 25 }));
    expect(r.outcome('dpo')).toEqual(['required']);
    expect(r.reasons('dpo')).toEqual(['bdsg-staff']);
    expect(r.articles('dpo')).toEqual(['Art. 37(1)', 'BDSG 38(1)']);
  });

  it('§ 38(1) BDSG: the same answers for a Dutch bakery chain do not require a DPO', () => {
    const r = assess(bakery(['netherlands'], { 'de-automated-processing-staff': 25 }));
    expect(r.shown('de-automated-processing-staff')).toBe(false);
    expect(r.outcome('dpo')).toEqual(['not-required']);
  });

  it('§ 38(1) BDSG: 19 people at the tills stay below the threshold', () => {
    const r = assess(bakery(['germany'], { 'de-automated-processing-staff': 19 }));
    expect(r.outcome('dpo')).toEqual(['not-required']);
  });

  it('§ 38(1) BDSG: without a DPO, the German chain has a critical gap whose action is designating one', () => {
    const r = assess(bakery(['germany'], { 'de-automated-processing-staff': 25 }), {
      'dpo-appointed': 'no-dpo',
      'dpo-appointment': 'no',
    });
    expect(r.criticalGaps).toContain('dpo-not-designated');
  });

  it('§ 38(1) BDSG: a three-person address broker selling data commercially needs a DPO whatever its headcount', () => {
    const r = assess(
      bakery(['germany'], {
        employees: 3,
        'de-automated-processing-staff': 3,
        'de-commercial-transfer': 'yes',
      }),
    );
    expect(r.outcome('dpo')).toEqual(['required']);
    expect(r.reasons('dpo')).toEqual(['bdsg-commercial']);
  });

  it('§ 38(1) sentence 2 BDSG with Art. 35(4): a loyalty scheme run for forty shops, profiling where and what members buy, needs a DPIA, and therefore a DPO', () => {
    const r = assess(
      bakery(['germany'], {
        'organisation-name': 'Punktewelt GmbH',
        'de-automated-processing-staff': 6,
        'de-dpia-list': ['dsk-movement-purchase-profiles'],
      }),
    );
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.reasons('dpia')).toContain('de-list');
    expect(r.outcome('dpo')).toEqual(['required']);
    expect(r.reasons('dpo')).toEqual(['bdsg-dpia']);
    expect(r.articles('dpo')).toEqual(['Art. 37(1)', 'BDSG 38(1)', 'Art. 35(1)']);
  });

  it("§ 38(1) sentence 2 BDSG: a bakery's own stamp card is not on the DSK list, so six people at the tills need no DPO", () => {
    const r = assess(
      bakery(['germany'], {
        'de-automated-processing-staff': 6,
        'de-dpia-list': ['none-of-these'],
      }),
    );
    expect(r.outcome('dpia')).toEqual(['not-indicated']);
    expect(r.outcome('dpo')).toEqual(['not-required']);
  });

  it('Art. 35(4) and the DSK list: the entries on merged sources and on staff behaviour keep their conditions, in both languages', () => {
    const folder = join(questionnairesDir, 'gdpr-readiness');
    const options = (language: string) =>
      (
        JSON.parse(readFileSync(join(folder, 'locales', `${language}.json`), 'utf8')) as {
          options: Record<string, string>;
        }
      ).options;
    const en = options('en');
    const nl = options('nl');
    for (const part of [
      'large scale',
      'not all the data were collected',
      'algorithms',
      'not fixed in advance',
    ])
      expect(en['dsk-merged-sources']).toContain(part);
    for (const part of ['grote schaal', 'niet alle gegevens', 'algoritmen', 'niet vooraf'])
      expect(nl['dsk-merged-sources']).toContain(part);
    expect(en['dsk-employee-monitoring']).toContain('legal effects');
    expect(nl['dsk-employee-monitoring']).toContain('rechtsgevolgen');
    expect(en['dsk-movement-purchase-profiles']).toContain('many shops');
  });

  it('§ 38(1) sentence 2 BDSG: a Berlin call centre that monitors agents for a client, as its processor, needs a DPO; its Dutch twin is not asked', () => {
    const callCentre = (countries: string[]) =>
      bakery(countries, {
        'organisation-name': 'Rufnah GmbH',
        employees: 12,
        'controller-role': 'no',
        'processor-role': 'yes',
        'de-automated-processing-staff': 12,
      });
    const r = assess(callCentre(['germany']), { 'de-processor-dpia': 'yes' });
    expect(r.shown('de-processor-dpia')).toBe(true);
    expect(r.outcome('dpo')).toEqual(['required']);
    expect(r.reasons('dpo')).toEqual(['bdsg-processor-dpia']);
    expect(r.articles('dpo')).toContain('BDSG 38(1)');
    const unsure = assess(callCentre(['germany']), { 'de-processor-dpia': 'dont-know' });
    expect(unsure.outcome('dpo')).toEqual(['unclear']);
    expect(unsure.reasons('dpo')).toEqual(['bdsg-dpia-unknown']);
    const dutch = assess(callCentre(['netherlands']), { 'de-processor-dpia': 'yes' });
    expect(dutch.shown('de-processor-dpia')).toBe(false);
    expect(dutch.outcome('dpo')).toEqual(['not-required']);
  });

  it('§ 38(1) sentence 2 BDSG: when the DPIA is unclear, so is the DPO of a German establishment, not of a Dutch one', () => {
    const unsure = { 'de-automated-processing-staff': 6, 'de-dpia-list': ['dont-know'] };
    const r = assess(bakery(['germany'], unsure));
    expect(r.outcome('dpia')).toEqual(['unclear']);
    expect(r.outcome('dpo')).toEqual(['unclear']);
    expect(r.reasons('dpo')).toEqual(['bdsg-dpia-unknown']);
    const dutch = assess(bakery(['netherlands'], { 'processor-role': 'dont-know' }));
    expect(dutch.outcome('dpia')).toEqual(['unclear']);
    expect(dutch.outcome('dpo')).toEqual(['not-required']);
  });

  it('§ 38(1) sentence 2 BDSG: a German workshop whose camera watches its staff finds a DPIA likely, so its DPO is unclear, not "not required"; its Dutch twin needs none', () => {
    const workshop = (countries: string[]) =>
      bakery(countries, {
        'organisation-name': 'Tischlerei Brandt',
        employees: 8,
        'de-automated-processing-staff': 6,
        ...activities(
          activity('orders'),
          activity('workshop-camera', {
            'activity-data-subjects': ['employees'],
            'activity-dpia-criteria': ['systematic-monitoring', 'vulnerable-people'],
          }),
        ),
      });
    const r = assess(workshop(['germany']));
    expect(r.outcome('dpia')).toEqual(['likely']);
    expect(r.outcome('dpo')).toEqual(['unclear']);
    expect(r.reasons('dpo')).toEqual(['bdsg-dpia-unknown']);
    expect(r.articles('dpo')).toContain('BDSG 38(1)');
    const dutch = assess(workshop(['netherlands']));
    expect(dutch.outcome('dpia')).toEqual(['likely']);
    expect(dutch.outcome('dpo')).toEqual(['not-required']);
    expect(unclearTexts(en, 'dpo').reasons!['bdsg-dpia-unknown']).toContain('finds a DPIA likely');
    expect(unclearTexts(en, 'dpo').reason).not.toContain('not sure');
  });

  it('§ 1(4) BDSG, § 4(3) databeskyttelsesloven, art. 3 LIL: a firm unsure whether it has an EU establishment, or whether it offers to people in the EU, is told each law is unclear and why', () => {
    const noIdea = assess({ ...NON_EU_SHOP, 'eu-establishment': 'dont-know' });
    const offersUnknown = assess({ ...NON_EU_SHOP, 'offers-to-eu': 'dont-know' });
    for (const law of ['german-law', 'danish-law', 'french-law']) {
      expect(noIdea.outcome(law)).toEqual(['unclear']);
      expect(noIdea.reasons(law)).toContain('establishment-unknown');
      expect(offersUnknown.outcome(law)).toEqual(['unclear']);
      expect(offersUnknown.reasons(law)).toEqual(['scope-unknown']);
    }
  });

  it('Art. 35(4): "don\'t know" on the DSK list leaves the DPIA unclear, not "not indicated"', () => {
    const r = assess(bakery(['germany'], { 'de-dpia-list': ['dont-know'] }));
    expect(r.outcome('dpia')).toEqual(['unclear']);
    expect(r.reasons('dpia')).toContain('de-list-unknown');
  });

  it('Art. 88 and CJEU C-34/21: a German employer is asked to rest employee data on Art. 6(1), not on § 26(1) BDSG alone', () => {
    const r = assess(bakery(['germany']));
    expect(r.shown('de-employee-data')).toBe(true);
    const question = q.sections
      .flatMap((s) => s.questions)
      .find((x) => x.id === 'de-employee-data');
    expect(question?.articles).toEqual(
      expect.arrayContaining(['Art. 6(1)', 'Art. 88(1)', 'BDSG 26(1)']),
    );
    expect(question?.scoring?.fineTier).toBe('art83-5');
  });
});

describe('Denmark: databeskyttelsesloven', () => {
  const shop = (extra: Answers = {}) =>
    bakery(['denmark'], { 'organisation-name': 'Bager Jensen ApS', ...extra });

  it('§ 11 databeskyttelsesloven: a Danish organisation handling CPR numbers gets the § 11 questions', () => {
    const r = assess(shop({ 'national-id': 'yes' }));
    expect(r.outcome('danish-law')).toEqual(['applies']);
    expect(r.shown('dk-cpr')).toBe(true);
    expect(r.shown('dk-cpr-disclosure')).toBe(true);
    expect(r.shown('nl-bsn')).toBe(false);
    expect(assess(shop()).shown('dk-cpr')).toBe(false);
  });

  it('§ 11(2) databeskyttelsesloven: a private firm using CPR numbers as customer numbers without a ground has a critical gap', () => {
    const r = assess(shop({ 'national-id': 'yes' }), { 'dk-cpr': 'no' });
    expect(r.criticalGaps).toContain('cpr-without-basis');
    const partly = assess(shop({ 'national-id': 'yes' }), { 'dk-cpr': 'partly' });
    expect(partly.criticalGaps).toContain('cpr-without-basis');
    expect(assess(shop({ 'national-id': 'yes' })).criticalGaps).not.toContain('cpr-without-basis');
  });

  it("§ 11(2) no. 2 databeskyttelsesloven: consent that meets Art. 7 is a ground, so a gym using CPR numbers as member numbers with its members' consent has no gap, and the hint says so", () => {
    const gym = assess(shop({ 'organisation-name': 'Fitness Fyn ApS', 'national-id': 'yes' }), {
      'dk-cpr': 'yes',
    });
    expect(gym.criticalGaps).not.toContain('cpr-without-basis');
    expect(en.questions['dk-cpr']!.hint).toContain("not allowed without the person's consent");
    expect(en.questions['dk-cpr']!.help).toMatch(/1\).*2\).*3\).*4\)/);
    expect(nl.questions['dk-cpr']!.help).toMatch(/1\).*2\).*3\).*4\)/);
  });

  it('§ 11(1) databeskyttelsesloven: a Danish municipality using CPR numbers beyond identification or case numbers has a gap citing § 11(1)', () => {
    const r = assess(
      shop({ 'organisation-name': 'Kommune', 'public-body': 'yes', 'national-id': 'yes' }),
      {
        'dk-cpr': 'no',
      },
    );
    expect(r.criticalGaps).toContain('cpr-without-basis');
    expect(q.criticalGaps.find((g) => g.id === 'cpr-without-basis')?.articles).toEqual(
      expect.arrayContaining(['DBL 11(1)', 'DBL 11(2)']),
    );
  });

  it('§ 11(3) databeskyttelsesloven: publishing CPR numbers needs consent as Art. 7 requires, not "explicit" consent', () => {
    const question = q.sections
      .flatMap((s) => s.questions)
      .find((x) => x.id === 'dk-cpr-disclosure');
    expect(question?.articles).toEqual(expect.arrayContaining(['DBL 11(3)', 'Art. 7']));
    expect(en.questions['dk-cpr-disclosure']!.label).not.toContain('explicit');
    expect(nl.questions['dk-cpr-disclosure']!.label).not.toContain('uitdrukkelijk');
  });

  it('Art. 8(1) with § 6(2) databeskyttelsesloven and art. 45 LIL: a Danish or French app is asked about parental consent once, in its own section; a Belgian one in the general question', () => {
    const app = (country: string) =>
      assess(bakery([country], { 'children-data': 'yes', 'lawful-bases': ['consent'] }));
    const danish = app('denmark');
    expect([danish.shown('dk-parental-consent'), danish.shown('children-consent')]).toEqual([
      true,
      false,
    ]);
    const french = app('france');
    expect([french.shown('fr-parental-consent'), french.shown('children-consent')]).toEqual([
      true,
      false,
    ]);
    expect(app('belgium').shown('children-consent')).toBe(true);
  });

  it('Art. 8(1): the Danish and French questions limit parental consent to online services offered directly to a child', () => {
    for (const id of ['dk-parental-consent', 'fr-parental-consent']) {
      expect(en.questions[id]!.label).toContain(
        'When you offer an online service directly to children',
      );
      expect(en.questions[id]!.label).not.toContain('for example');
    }
  });

  it('§ 4(1) and § 4(3) databeskyttelsesloven: establishment and targeting cite their own subsections', () => {
    expect(assess(shop()).articles('danish-law')).toEqual(['DBL 4(1)', 'DBL 4(3)']);
    const r = assess({ ...NON_EU_SHOP, 'targets-other-countries': ['denmark'] });
    expect(r.reasons('danish-law')).toEqual(['targets']);
  });

  it("Art. 35(4): a Danish processing on Datatilsynet's list needs a DPIA", () => {
    const r = assess(shop({ 'dk-dpia-list': 'yes' }));
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.reasons('dpia')).toContain('dk-list');
  });

  it("§ 6(2) databeskyttelsesloven: a Danish app relying on children's consent is asked about parental consent under 13", () => {
    const r = assess(shop({ 'children-data': 'yes', 'lawful-bases': ['consent', 'contract'] }));
    expect(r.shown('dk-parental-consent')).toBe(true);
    expect(r.shown('nl-parental-consent')).toBe(false);
  });

  it('§ 38(1) BDSG is German law only: a Danish firm with 25 people at its tills does not need a DPO for that', () => {
    const r = assess(shop({ 'de-automated-processing-staff': 25 }));
    expect(r.outcome('dpo')).toEqual(['not-required']);
  });
});

describe('France: loi Informatique et Libertés', () => {
  const clinic = (extra: Answers = {}) =>
    bakery(['france'], { 'organisation-name': 'Clinique du Parc', ...extra });

  it('art. 3 II loi Informatique et Libertés: a Dutch web shop with customers across the EU is told French law is unclear, as it may serve people living in France', () => {
    const shop = (crossBorder: string) =>
      assess(
        bakery(['netherlands'], {
          'organisation-name': 'Webwinkel BV',
          'cross-border': crossBorder,
        }),
      );
    const wide = shop('yes');
    expect(wide.outcome('french-law')).toEqual(['unclear']);
    expect(wide.reasons('french-law')).toEqual(['residents-unknown']);
    for (const locale of [en, nl])
      expect(unclearTexts(locale, 'french-law').reason).not.toMatch(/not sure|twijfel|niet zeker/);
    expect(unclearTexts(en, 'french-law').reasons!['residents-unknown']).toContain(
      'whether French law applies depends on that, and this check does not ask it',
    );
    expect(wide.steps).not.toContain('france');
    expect(shop('no').has('french-law')).toBe(false);
    expect(assess(clinic({ 'cross-border': 'yes' })).outcome('french-law')).toEqual(['applies']);
  });

  it('art. 30 loi Informatique et Libertés: the NIR rests on a decree under art. 30, mainly 2019-341, or on an exemption in art. 30', () => {
    expect(en.criticalGaps['nir-without-basis']!.detail).toContain('a decree under article 30');
    expect(en.criticalGaps['nir-without-basis']!.detail).toContain('article 30 exempts');
    expect(en.questions['fr-nir']!.help).toContain('L. 1111-8-1');
  });

  it('art. 30 loi Informatique et Libertés: a French firm using the NIR outside décret 2019-341 has a critical gap', () => {
    const r = assess(clinic({ 'national-id': 'yes' }), { 'fr-nir': 'no' });
    expect(r.outcome('french-law')).toEqual(['applies']);
    expect(r.criticalGaps).toContain('nir-without-basis');
    const partly = assess(clinic({ 'national-id': 'yes' }), { 'fr-nir': 'partly' });
    expect(partly.criticalGaps).toContain('nir-without-basis');
  });

  it('Art. 35(4): constant monitoring of employees is on the CNIL list and needs a DPIA', () => {
    const r = assess(clinic({ 'fr-dpia-list': ['cnil-employee-monitoring'] }));
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.reasons('dpia')).toContain('fr-list');
  });

  it("art. 45 loi Informatique et Libertés: a French service relying on children's consent is asked about joint consent under 15", () => {
    const r = assess(clinic({ 'children-data': 'yes', 'lawful-bases': ['consent'] }));
    expect(r.shown('fr-parental-consent')).toBe(true);
  });
});

describe('the report names the national laws applied and why', () => {
  it('lists each law that applies with its reasons, sources and the date it was last checked', () => {
    const { answers } = assess(bakery(['netherlands', 'germany']));
    const report = buildReport(q, answers);
    expect(report.nationalLaws.map((law) => [law.act, law.reasons, law.determination])).toEqual([
      ['UAVG', ['establishment'], 'dutch-law'],
      ['BDSG', ['establishment'], 'german-law'],
    ]);
    expect(report.nationalLaws[1]?.lastChecked).toBe('2026-12-07');
    const links = helpLinks(new ReportTexts((key) => key, 'en'), report.nationalLaws);
    expect(links).toContainEqual({
      label: 'BDSG (gesetze-im-internet.de)',
      url: 'https://www.gesetze-im-internet.de/bdsg_2018/',
    });
    // The UAVG is linked once, whether or not Dutch law applies.
    expect(
      links.filter((l) => 'url' in l && l.url === 'https://wetten.overheid.nl/BWBR0040940'),
    ).toHaveLength(1);
  });

  it('links each cited national provision to its own act', () => {
    expect(legalRefUrl('§\u00a038(1)\u00a0BDSG')).toBe(
      'https://www.gesetze-im-internet.de/bdsg_2018/',
    );
    expect(legalRefUrl('§ 11 databeskyttelsesloven')).toBe(
      'https://www.retsinformation.dk/eli/lta/2018/502',
    );
    expect(legalRefUrl('Art. 45 loi Informatique et Libertés')).toBe(
      'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460',
    );
    expect(legalRefUrl('Art. 28(3) GDPR')).toBe(GDPR_URL);
  });

  it('links national provisions cited in German, French and Danish, held by no-break spaces', () => {
    const bound = (ref: string, lng: 'de' | 'fr' | 'da') => citeLegalRefBound(ref, lng);
    expect(legalRefUrl(bound('LIL 45', 'fr'))).toBe(
      'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460',
    );
    expect(legalRefUrl(bound('DBL 11(2)', 'da'))).toBe(
      'https://www.retsinformation.dk/eli/lta/2018/502',
    );
    expect(legalRefUrl(bound('DBL 11(2)', 'fr'))).toBe(
      'https://www.retsinformation.dk/eli/lta/2018/502',
    );
    expect(legalRefUrl(bound('BDSG 38(1)', 'de'))).toBe(
      'https://www.gesetze-im-internet.de/bdsg_2018/',
    );
  });

  it('lists no national law for a US shop that targets none of the countries with a module', () => {
    const { answers } = assess({ ...NON_EU_SHOP, 'targets-other-countries': ['none-of-these'] });
    expect(buildReport(q, answers).nationalLaws).toEqual([]);
  });
});

describe('Art. 8(1): the age of consent each module asks about', () => {
  const folder = join(questionnairesDir, 'gdpr-readiness');
  const read = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const ages = ConsentAgeFactsSchema.parse(read('facts/consent-ages.json')).ages;
  const locales = { en: read('locales/en.json'), nl: read('locales/nl.json') };
  const label = (language: 'en' | 'nl', id: string): string =>
    (locales[language] as { questions: Record<string, { label: string }> }).questions[id]!.label;

  it.each([
    ['NL', 'nl-parental-consent'],
    ['DK', 'dk-parental-consent'],
    ['FR', 'fr-parental-consent'],
  ])('%s: the question %s names the age in the facts file, in both languages', (country, id) => {
    const age = ages[country];
    expect(age).toBeDefined();
    expect(label('en', id)).toContain(`under ${age}`);
    expect(label('nl', id)).toContain(`onder de ${age}`);
    expect(q.nationalModules.find((m) => m.country === country)?.sections).toContain(
      q.sections.find((s) => s.questions.some((x) => x.id === id))?.id,
    );
  });

  it('DE: Germany kept the GDPR default of 16 and adds no question of its own', () => {
    expect(ages.DE).toBe(16);
    expect(q.sections.flatMap((s) => s.questions).map((x) => x.id)).not.toContain(
      'de-parental-consent',
    );
  });
});
