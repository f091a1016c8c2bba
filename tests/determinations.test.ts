import { describe, expect, it } from 'vitest';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import {
  CONTROLLER,
  CONTROLLER_ONLY_SECTIONS,
  DE_SCOPE,
  HOSPITAL,
  NL_SCOPE,
  NL_SHOP,
  NON_EU_SHOP,
  OCCASIONAL_LOW_RISK,
  ORDINARY_DATA,
  PROCESSOR_ONLY,
  SMALL_FIRM,
  activities,
  activity,
  assess,
} from './helpers/assess';

/**
 * The determinations of the shipped questionnaire, checked against the GDPR itself
 * (see the legal brief, sections 2-5, 10-15, 18-19 and 24). Each test name cites the
 * provision it follows; tests/legal-verdicts.test.ts holds the rules on uncertainty,
 * critical gaps and scope.
 */

// --- Material and territorial scope ----------------------------------------------------------

describe('Art. 2 and Art. 3: does the GDPR apply?', () => {
  it('Art. 2(1) + Art. 4(1): an organisation without personal data leaves early; the GDPR does not apply', () => {
    const r = assess({ ...NL_SHOP, 'personal-data': 'no' });
    expect(r.exit).toBe('gdpr-not-applicable');
    expect(r.exitReasons).toEqual(['no-personal-data']);
    expect(r.outcome('gdpr-applies')).toEqual(['not-applicable']);
  });

  it('Art. 2(2)(c) + Rec. 18: purely personal or household use is outside the GDPR', () => {
    const r = assess({ ...NL_SHOP, 'household-only': 'yes' });
    expect(r.exit).toBe('gdpr-not-applicable');
    expect(r.exitReasons).toEqual(['household-only']);
    expect(r.outcome('gdpr-applies')).toEqual(['not-applicable']);
  });

  it('Art. 3: no EU establishment, no offering and no monitoring in the EU means no territorial link', () => {
    const r = assess({ ...NON_EU_SHOP, 'offers-to-eu': 'no', 'monitors-eu': 'no' });
    expect(r.exit).toBe('gdpr-not-applicable');
    expect(r.exitReasons).toEqual(['no-eu-link']);
    expect(r.outcome('gdpr-applies')).toEqual(['not-applicable']);
    expect(r.articles('gdpr-applies')).toContain('Art. 3');
  });

  it('Art. 3(1): an establishment in the Netherlands brings the processing in its context under the GDPR', () => {
    const r = assess(NL_SHOP);
    expect(r.exit).toBeNull();
    expect(r.outcome('gdpr-applies')).toEqual(['establishment']);
    expect(r.articles('gdpr-applies')).toEqual(['Art. 3(1)']);
    // The targeting tests are only asked without an EU establishment.
    expect(r.shown('offers-to-eu')).toBe(false);
    expect(r.shown('monitors-eu')).toBe(false);
  });

  it('Art. 3(2)(a) + Rec. 23: a non-EU shop offering goods to people in the EU is covered', () => {
    const r = assess(NON_EU_SHOP);
    expect(r.exit).toBeNull();
    expect(r.outcome('gdpr-applies')).toEqual(['offering']);
    expect(r.articles('gdpr-applies')).toEqual(['Art. 3(2)(a)']);
  });

  it('Art. 3(2)(b) + Rec. 24: a non-EU company tracking the behaviour of people in the EU is covered', () => {
    const r = assess({ ...NON_EU_SHOP, 'offers-to-eu': 'no', 'monitors-eu': 'yes' });
    expect(r.exit).toBeNull();
    expect(r.outcome('gdpr-applies')).toEqual(['monitoring']);
    expect(r.articles('gdpr-applies')).toEqual(['Art. 3(2)(b)']);
  });

  it('Art. 3: "don\'t know" on every territorial test keeps the GDPR in play as uncertain, with no early end', () => {
    const r = assess({
      ...NON_EU_SHOP,
      'eu-establishment': 'dont-know',
      'offers-to-eu': 'dont-know',
      'monitors-eu': 'dont-know',
    });
    expect(r.exit).toBeNull();
    expect(r.outcome('gdpr-applies')).toEqual(['uncertain']);
    expect(r.steps).toContain('lawful-basis');
  });
});

// --- Roles ---------------------------------------------------------------------------------

describe('Art. 4(7)-(8), 26, 28: roles', () => {
  it('Art. 28 + Art. 30(2): a processor-only SaaS sees its processor duties and not the controller-only sections', () => {
    const r = assess({ ...NL_SCOPE, ...SMALL_FIRM, ...ORDINARY_DATA, ...PROCESSOR_ONLY });
    expect(r.outcome('roles')).toEqual(['processor']);
    expect(r.steps).toContain('acting-as-processor');
    expect(r.steps).toContain('security');
    for (const section of [...CONTROLLER_ONLY_SECTIONS, 'processors'])
      expect(r.steps).not.toContain(section);
    expect(r.shown('processor-records')).toBe(true);
    expect(r.shown('records-of-processing')).toBe(false);
  });

  it('Art. 28(1): a controller that uses processors sees the processor-contract section; acting-as-processor stays hidden', () => {
    const withProcessors = assess(NL_SHOP);
    expect(withProcessors.outcome('roles')).toEqual(['controller']);
    expect(withProcessors.steps).toContain('processors');
    expect(withProcessors.steps).not.toContain('acting-as-processor');
    const without = assess({ ...NL_SHOP, 'uses-processors': 'no' });
    expect(without.steps).not.toContain('processors');
  });

  it('Art. 26(1): joint controllers need an arrangement, so the joint-arrangement question is asked', () => {
    const r = assess({ ...NL_SHOP, 'joint-control': 'yes' });
    expect(r.outcome('roles')).toEqual(['controller', 'joint-controller']);
    expect(r.articles('roles')).toContain('Art. 26(1)');
    expect(r.shown('joint-arrangement')).toBe(true);
    expect(assess(NL_SHOP).shown('joint-arrangement')).toBe(false);
  });

  it('Art. 4(7): an organisation unsure whether it is a controller gets "role unclear" and still sees the controller duties', () => {
    const r = assess({
      ...NL_SHOP,
      'controller-role': 'dont-know',
      ...activities(activity('orders', { 'activity-role': 'dont-know' })),
    });
    expect(r.outcome('roles')).toEqual(['role-unclear']);
    expect(r.reasons('roles')).toEqual(['controller-unknown', 'activity-role-unknown']);
    for (const section of CONTROLLER_ONLY_SECTIONS) expect(r.steps).toContain(section);
  });
});

// --- Sensitive data --------------------------------------------------------------------------

describe('Art. 9 and Art. 10: special categories and criminal data', () => {
  it('Art. 9(1): health data is a special category and opens the sensitive-data section', () => {
    const r = assess({
      ...NL_SHOP,
      'special-category': 'yes',
      'special-categories-list': ['health'],
    });
    expect(r.outcome('sensitive-data')).toEqual(['special-categories']);
    expect(r.steps).toContain('sensitive-data');
    expect(r.shown('special-data-exception')).toBe(true);
  });

  it('Art. 9(1) + CJEU C-184/20: data that reveal a sensitive trait indirectly count as special categories', () => {
    const r = assess({ ...NL_SHOP, 'sensitive-inferences': 'yes' });
    expect(r.outcome('sensitive-data')).toEqual(['special-categories']);
    expect(r.steps).toContain('sensitive-data');
  });

  it('Art. 10 + UAVG 31: criminal data need a legal authorisation (and in the Netherlands the UAVG rules)', () => {
    const r = assess({ ...NL_SHOP, 'criminal-data': 'yes' });
    expect(r.outcome('sensitive-data')).toEqual(['criminal-data']);
    expect(r.articles('sensitive-data')).toEqual(['Art. 10']);
    // Asked once: where Dutch law applies, the Dutch question covers the general one.
    expect(r.shown('criminal-data-authorised')).toBe(false);
    expect(r.shown('nl-criminal-data')).toBe(true);
  });

  it('Art. 9(1) + Art. 10: "don\'t know" about special categories is reported as unclear', () => {
    const r = assess({ ...NL_SHOP, 'special-category': 'dont-know' });
    expect(r.outcome('sensitive-data')).toEqual(['unclear']);
  });

  it('Art. 9(1) + Art. 10: ordinary customer data report no sensitive data and skip the section', () => {
    const r = assess(NL_SHOP);
    expect(r.outcome('sensitive-data')).toEqual(['none']);
    expect(r.steps).not.toContain('sensitive-data');
  });
});

// --- EU representative -----------------------------------------------------------------------

describe('Art. 27: EU representative', () => {
  it('Art. 3(2)(a) + Art. 27(1): a non-EU shop that targets EU consumers needs an EU representative', () => {
    const r = assess(NON_EU_SHOP, { 'eu-representative': 'no' });
    expect(r.outcome('eu-representative')).toEqual(['required']);
    expect(r.shown('eu-representative')).toBe(true);
    // Not having one is an Art. 83(4) gap.
    expect(r.outcome('fine-tier')).toEqual(['lower']);
  });

  it('Art. 3(2)(b) + Art. 27(1): monitoring alone also requires a representative', () => {
    const r = assess({ ...NON_EU_SHOP, 'offers-to-eu': 'no', 'monitors-eu': 'yes' });
    expect(r.outcome('eu-representative')).toEqual(['required']);
  });

  it('Art. 27(2)(a): occasional, low-risk processing without large-scale sensitive data is exempt', () => {
    const r = assess({ ...NON_EU_SHOP, ...OCCASIONAL_LOW_RISK });
    expect(r.outcome('eu-representative')).toEqual(['exempt']);
    expect(r.articles('eu-representative')).toEqual(['Art. 27(2)', 'Art. 27(2)(a)']);
    expect(r.shown('eu-representative')).toBe(false);
  });

  it('Art. 27(2)(a): NOT exempt when the processing includes special-category data on a large scale', () => {
    const r = assess({
      ...NON_EU_SHOP,
      ...OCCASIONAL_LOW_RISK,
      'special-category': 'yes',
      'special-categories-list': ['health'],
      'large-scale': 'yes',
      'sensitive-large-scale': 'yes',
    });
    expect(r.outcome('eu-representative')).toEqual(['required']);
    expect(r.shown('eu-representative')).toBe(true);
  });

  it('Art. 27(2)(a): NOT exempt when the processing is a regular activity rather than occasional', () => {
    // The ordinary activity of the profile is a regular one.
    const r = assess(NON_EU_SHOP);
    expect(r.outcome('eu-representative')).toEqual(['required']);
  });

  it('Art. 27(2)(b): a non-EU public authority is exempt', () => {
    const r = assess({ ...NON_EU_SHOP, 'public-body': 'yes' });
    expect(r.outcome('eu-representative')).toEqual(['exempt']);
    expect(r.shown('eu-representative')).toBe(false);
  });

  it('Art. 27(1): an organisation established in the EU needs no representative', () => {
    const r = assess(NL_SHOP);
    expect(r.outcome('eu-representative')).toEqual(['not-needed']);
    expect(r.shown('eu-representative')).toBe(false);
  });
});

// --- Records of processing -------------------------------------------------------------------

describe('Art. 30: records of processing activities', () => {
  const SMALL_OCCASIONAL: Answers = { ...NL_SHOP, employees: 20, ...OCCASIONAL_LOW_RISK };

  it('Art. 30(5): a 20-person firm with occasional, low-risk processing of ordinary data may use the exemption', () => {
    const r = assess(SMALL_OCCASIONAL);
    expect(r.outcome('records')).toEqual(['exempt']);
    expect(r.articles('records')).toEqual(['Art. 30(5)']);
    expect(r.shown('records-of-processing')).toBe(false);
  });

  it('Art. 30(5): the exemption is not for organisations with 250 or more staff', () => {
    const r = assess({ ...SMALL_OCCASIONAL, employees: 250 });
    expect(r.outcome('records')).toEqual(['required']);
    expect(r.shown('records-of-processing')).toBe(true);
  });

  it('Art. 30(5): the exemption is not for processing that includes special-category data', () => {
    const r = assess({
      ...SMALL_OCCASIONAL,
      'special-category': 'yes',
      'special-categories-list': ['religious-beliefs'],
    });
    expect(r.outcome('records')).toEqual(['required']);
    expect(r.shown('records-of-processing')).toBe(true);
  });

  it('Art. 30(5): the exemption is not for processing that includes criminal data (Art. 10)', () => {
    const r = assess({ ...SMALL_OCCASIONAL, 'criminal-data': 'yes' });
    expect(r.outcome('records')).toEqual(['required']);
  });

  it('Art. 30(5): the exemption is not for regular (not occasional) processing', () => {
    const r = assess({ ...SMALL_OCCASIONAL, ...activities(activity('orders')) });
    expect(r.outcome('records')).toEqual(['required']);
    expect(r.itemShown('orders', 'activity-low-risk')).toBe(false);
  });

  it('Art. 30(5): the exemption is not for processing likely to result in a risk', () => {
    const r = assess({
      ...SMALL_OCCASIONAL,
      ...activities(activity('event', { 'activity-occasional': 'yes', 'activity-low-risk': 'no' })),
    });
    expect(r.outcome('records')).toEqual(['required']);
  });

  it('Art. 30(2): a processor keeps a record of the processing it does for each client', () => {
    const r = assess({ ...NL_SCOPE, ...SMALL_FIRM, ...ORDINARY_DATA, ...PROCESSOR_ONLY });
    expect(r.outcome('records')).toEqual(['processor']);
    expect(r.articles('records')).toEqual(['Art. 30(2)']);
    expect(r.shown('processor-records')).toBe(true);
  });

  it('Art. 30(1) + Art. 30(2): a controller that is also a processor keeps both records', () => {
    const r = assess({ ...NL_SHOP, 'processor-role': 'yes' });
    expect(r.outcome('records')).toEqual(['controller-and-processor']);
    expect(r.shown('records-of-processing')).toBe(true);
    expect(r.shown('processor-records')).toBe(true);
  });
});

// --- DPO -------------------------------------------------------------------------------------

describe('Art. 37: data protection officer', () => {
  it('Art. 37(1)(a): a public authority must designate a DPO', () => {
    const r = assess({ ...NL_SHOP, 'organisation-name': 'Gemeente Acme', 'public-body': 'yes' });
    expect(r.outcome('dpo')).toEqual(['required']);
    expect(r.shown('dpo-appointment')).toBe(true);
  });

  it('Art. 37(1)(b): regular and systematic large-scale monitoring as a core activity requires a DPO', () => {
    const r = assess({
      ...NL_SHOP,
      'large-scale': 'yes',
      profiling: 'yes',
      'automated-decisions': 'no',
      'dpo-core-monitoring': 'yes',
    });
    expect(r.outcome('dpo')).toEqual(['required']);
  });

  it('Art. 37(1)(c) + Rec. 97: a hospital processing health data on a large scale as its core activity requires a DPO', () => {
    const r = assess(HOSPITAL);
    expect(r.shown('dpo-core-sensitive')).toBe(true);
    expect(r.outcome('dpo')).toEqual(['required']);
    expect(r.shown('dpo-appointment')).toBe(true);
  });

  it('Art. 37(1)(c) + Rec. 91: a small practice with health data that is not large-scale needs no DPO', () => {
    const r = assess({ ...HOSPITAL, employees: 4, 'large-scale': 'no' });
    expect(r.shown('dpo-core-sensitive')).toBe(false);
    expect(r.outcome('dpo')).toEqual(['not-required']);
  });

  it('Art. 37(4): national law of a Belgian establishment can require a DPO (German law is asked for itself, § 38 BDSG)', () => {
    const r = assess({
      ...DE_SCOPE,
      'establishment-countries': ['belgium'],
      ...SMALL_FIRM,
      ...ORDINARY_DATA,
      ...CONTROLLER,
      'dpo-national-law': 'yes',
    });
    expect(r.shown('dpo-national-law')).toBe(true);
    expect(r.outcome('dpo')).toEqual(['required']);
    // The question is not asked of an organisation established only in the Netherlands, nor of a
    // German one, whose module asks the triggers of § 38(1) BDSG instead.
    expect(assess(NL_SHOP).shown('dpo-national-law')).toBe(false);
    expect(assess({ ...NL_SHOP, ...DE_SCOPE }).shown('dpo-national-law')).toBe(false);
  });

  it('Art. 37(1): a small web shop with ordinary customer data needs no DPO', () => {
    const r = assess(NL_SHOP);
    expect(r.outcome('dpo')).toEqual(['not-required']);
    expect(r.shown('dpo-appointment')).toBe(false);
  });

  it('Art. 37(4) + Art. 38: a DPO appointed voluntarily must meet the same rules on position', () => {
    const r = assess({ ...NL_SHOP, 'dpo-appointed': 'external-dpo' });
    expect(r.outcome('dpo')).toEqual(['voluntary']);
    expect(r.shown('dpo-appointment')).toBe(true);
    expect(r.shown('dpo-independence')).toBe(true);
  });
});

// --- DPIA ------------------------------------------------------------------------------------

describe('Art. 35: data protection impact assessment', () => {
  it('Art. 35(3)(b): large-scale processing of special-category data always requires a DPIA', () => {
    const r = assess(HOSPITAL);
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.shown('dpia-done')).toBe(true);
  });

  it('Art. 35(3)(c): systematic large-scale monitoring of a publicly accessible area requires a DPIA', () => {
    const r = assess({
      ...NL_SHOP,
      ...activities(
        activity('wifi-tracking', {
          'activity-purposes': ['purpose-security'],
          'activity-data-categories': ['online-identifiers', 'location-data'],
          'activity-lawful-basis': ['legitimate-interests'],
          'activity-dpia-criteria': ['systematic-monitoring'],
          'activity-public-area': 'yes',
          'activity-authority-list': 'no',
        }),
      ),
    });
    expect(r.items('activity-dpia')).toEqual({ 'wifi-tracking': ['required'] });
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.reasons('dpia')).toEqual(['art35-3-c']);
  });

  it('Art. 35(3)(a): profiling with solely automated decisions of significant effect requires a DPIA', () => {
    const r = assess({ ...NL_SHOP, profiling: 'yes', 'automated-decisions': 'yes' });
    expect(r.items('activity-dpia')).toEqual({ ordinary: ['not-indicated'] });
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.reasons('dpia')).toEqual(['art35-3-a']);
  });

  it('Art. 35(1) + EDPB WP248: two criteria of one activity make a DPIA likely (do it or record why not), not required', () => {
    const r = assess({
      ...NL_SHOP,
      ...activities(
        activity('loyalty', {
          'activity-dpia-criteria': ['combining-datasets', 'innovative-technology'],
          'activity-authority-list': 'no',
        }),
      ),
    });
    expect(r.items('activity-dpia')).toEqual({ loyalty: ['likely'] });
    expect(r.outcome('dpia')).toEqual(['likely']);
    expect(r.shown('dpia-likely-decision')).toBe(true);
    expect(r.shown('dpia-done')).toBe(false);
  });

  it('Art. 35(1) + EDPB WP248: one criterion alone does not suggest a DPIA', () => {
    const r = assess({
      ...NL_SHOP,
      ...activities(
        activity('chatbot', {
          'activity-dpia-criteria': ['innovative-technology'],
          'activity-authority-list': 'no',
        }),
      ),
    });
    expect(r.items('activity-dpia')).toEqual({ chatbot: ['check'] });
    expect(r.outcome('dpia')).toEqual(['not-indicated']);
    expect(r.shown('dpia-done')).toBe(false);
  });

  it('Art. 35(1): no criterion at all means no DPIA is indicated', () => {
    const r = assess(NL_SHOP);
    expect(r.items('activity-dpia')).toEqual({ ordinary: ['not-indicated'] });
    expect(r.outcome('dpia')).toEqual(['not-indicated']);
    expect(r.shown('dpia-done')).toBe(false);
  });

  it('Art. 35(4): an activity on the AP list of the Netherlands requires a DPIA', () => {
    const r = assess({
      ...NL_SHOP,
      ...activities(
        activity('credit-check', {
          'activity-dpia-criteria': ['evaluation-scoring'],
          'activity-authority-list': 'yes',
        }),
      ),
    });
    expect(r.items('activity-dpia')).toEqual({ 'credit-check': ['required'] });
    expect(r.itemReasons('activity-dpia', 'credit-check')).toContain('art35-4');
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.reasons('dpia')).toEqual(['nl-list']);
  });
});

// --- Transfers -------------------------------------------------------------------------------

describe('Chapter V: transfers outside the EEA', () => {
  const TRANSFERS: Answers = { ...NL_SHOP, transfers: 'yes' };

  it('Art. 45(1): transfers only to adequate countries (UK, Switzerland) need no further safeguard', () => {
    const r = assess({ ...TRANSFERS, 'transfer-destinations': ['united-kingdom', 'switzerland'] });
    expect(r.outcome('transfers')).toEqual(['adequate-only']);
    expect(r.shown('transfer-map')).toBe(true);
    expect(r.shown('transfer-safeguards')).toBe(false);
  });

  it('Art. 46(1): support access from India (no adequacy decision) needs safeguards such as the 2021 SCCs', () => {
    const r = assess({ ...TRANSFERS, 'transfer-destinations': ['india'] });
    expect(r.outcome('transfers')).toEqual(['safeguards-needed']);
    expect(r.shown('transfer-safeguards')).toBe(true);
  });

  it('Art. 46(1): transfers to China (no adequacy decision) need safeguards', () => {
    const r = assess({ ...TRANSFERS, 'transfer-destinations': ['japan', 'china'] });
    expect(r.outcome('transfers')).toEqual(['safeguards-needed']);
  });

  it('Art. 45(1) + Decision (EU) 2023/1795: a DPF-certified US recipient is covered by adequacy', () => {
    const r = assess({
      ...TRANSFERS,
      'transfer-destinations': ['united-states'],
      'transfer-dpf-certified': 'yes',
    });
    expect(r.shown('transfer-dpf-certified')).toBe(true);
    expect(r.outcome('transfers')).toEqual(['adequate-only']);
    expect(r.shown('transfer-safeguards')).toBe(false);
  });

  it('Art. 46(1): a US recipient without DPF certification needs safeguards', () => {
    const r = assess({
      ...TRANSFERS,
      'transfer-destinations': ['united-states'],
      'transfer-dpf-certified': 'no',
    });
    expect(r.outcome('transfers')).toEqual(['safeguards-needed']);
    expect(r.shown('transfer-safeguards')).toBe(true);
  });

  it('Art. 44: with no data leaving the EEA the transfers section is skipped', () => {
    const r = assess(NL_SHOP);
    expect(r.outcome('transfers')).toEqual(['none']);
    expect(r.steps).not.toContain('transfers');
  });
});

// --- Fines -----------------------------------------------------------------------------------

describe('Art. 83: highest fine tier exposed', () => {
  it('Art. 83(5)(a): a gap in recording the lawful basis exposes the upper tier', () => {
    const r = assess(NL_SHOP, { 'lawful-basis-recorded': 'no' });
    expect(r.outcome('fine-tier')).toEqual(['upper']);
    expect(r.articles('fine-tier')).toEqual(['Art. 83(5)']);
  });

  it('Art. 83(5)(b): a gap in answering access requests (Art. 15) exposes the upper tier', () => {
    const r = assess(NL_SHOP, { 'access-requests': 'partly' });
    expect(r.outcome('fine-tier')).toEqual(['upper']);
  });

  it('Art. 83(5)(c): transfers to India without Art. 46 safeguards expose the upper tier', () => {
    const r = assess(
      { ...NL_SHOP, transfers: 'yes', 'transfer-destinations': ['india'] },
      { 'transfer-safeguards': 'no' },
    );
    expect(r.outcome('fine-tier')).toEqual(['upper']);
  });

  it('Art. 83(4)(a): gaps only in security (Art. 32) and records (Art. 30) expose the lower tier', () => {
    const r = assess(NL_SHOP, {
      'security-measures': ['measure-multi-factor', 'measure-tested-backups'],
      'records-of-processing': 'no',
    });
    expect(r.outcome('fine-tier')).toEqual(['lower']);
    expect(r.articles('fine-tier')).toEqual(['Art. 83(4)']);
  });

  it('Art. 83(2): with no gap at all no fine tier is exposed', () => {
    const r = assess(NL_SHOP);
    expect(r.outcome('fine-tier')).toEqual(['none']);
  });

  it('Art. 83(4): a gap on a question that does not apply (hidden) does not count', () => {
    // An EU-established shop is never asked about an EU representative (Art. 27 does not apply).
    const r = assess({ ...NL_SHOP, 'eu-representative': 'no' });
    expect(r.shown('eu-representative')).toBe(false);
    expect(r.outcome('fine-tier')).toEqual(['none']);
  });

  it('Art. 83(7): for a public body the fine exposure depends on national law', () => {
    const r = assess(
      {
        ...DE_SCOPE,
        ...SMALL_FIRM,
        'organisation-name': 'Stadt Acme',
        'public-body': 'yes',
        ...ORDINARY_DATA,
        ...CONTROLLER,
      },
      { 'access-requests': 'no' },
    );
    expect(r.articles('fine-tier')).toContain('Art. 83(7)');
  });
});

// --- Netherlands -----------------------------------------------------------------------------

describe('UAVG: Dutch implementation act', () => {
  it('UAVG 4: an organisation established in the Netherlands gets the Dutch questions', () => {
    const r = assess(NL_SHOP);
    expect(r.outcome('dutch-law')).toEqual(['applies']);
    expect(r.steps).toContain('netherlands');
  });

  it('UAVG 4: a firm established only in Germany does not get the Dutch section', () => {
    const r = assess({ ...DE_SCOPE, ...SMALL_FIRM, ...ORDINARY_DATA, ...CONTROLLER });
    expect(r.outcome('dutch-law')).toEqual(['not-indicated']);
    expect(r.steps).not.toContain('netherlands');
  });

  it('UAVG 4 + Art. 3(2): a non-EU firm targeting people in the Netherlands gets the Dutch rules, one that does not, not', () => {
    const targeting = assess({
      ...NON_EU_SHOP,
      'targets-netherlands': 'yes',
      'national-id': 'yes',
    });
    expect(targeting.outcome('dutch-law')).toEqual(['applies']);
    expect(targeting.steps).toContain('netherlands');
    expect(targeting.shown('nl-bsn')).toBe(true);
    const elsewhere = assess({ ...NON_EU_SHOP, 'national-id': 'yes' });
    expect(elsewhere.outcome('dutch-law')).toEqual(['not-indicated']);
    expect(elsewhere.steps).not.toContain('netherlands');
  });

  it('Art. 87 + UAVG 46: using the BSN brings up the Dutch BSN question', () => {
    const r = assess({ ...NL_SHOP, 'national-id': 'yes' });
    expect(r.shown('nl-bsn')).toBe(true);
    expect(assess(NL_SHOP).shown('nl-bsn')).toBe(false);
  });

  it('Art. 3(2) + UAVG 4: a US company without staff in the EU is not asked about Dutch sick-leave rules', () => {
    const r = assess({ ...NON_EU_SHOP, 'targets-netherlands': 'yes', employees: 85 });
    expect(r.outcome('dutch-law')).toEqual(['applies']);
    expect(r.shown('nl-sick-leave')).toBe(false);
  });
});
