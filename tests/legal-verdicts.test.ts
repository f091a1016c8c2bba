import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import { buildReport } from '@/report/build-report';
import {
  CONTROLLER,
  DE_SCOPE,
  NL_SCOPE,
  NL_SHOP,
  NON_EU_SCOPE,
  OCCASIONAL_LOW_RISK,
  ORDINARY_DATA,
  PROCESSOR_ONLY,
  SMALL_FIRM,
  THROUGH_CLIENTS_SCOPE,
  activities,
  activity,
  assess,
  q,
} from './helpers/assess';
import { runReport } from './helpers/report-cli';

/**
 * Issue 11: verdicts a lawyer would sign. Each rule is tried on an organisation of our own
 * making, named after the provision it follows, through the engine and, for a few, through
 * `npm run report --format json`. The property tests in uncertainty.properties.test.ts check
 * the "don't know" rule over generated answers.
 */

/** A Dutch accountancy office of 20 people that only now and then handles personal data. */
const ACCOUNTANTS: Answers = {
  ...NL_SCOPE,
  ...SMALL_FIRM,
  'organisation-name': 'Telboek & Co',
  employees: 20,
  ...ORDINARY_DATA,
  ...CONTROLLER,
  ...OCCASIONAL_LOW_RISK,
};

/** A Singapore app maker without an EU office whose meditation app is sold in EU app stores. */
const SINGAPORE_APP: Answers = {
  ...NON_EU_SCOPE,
  ...SMALL_FIRM,
  'organisation-name': 'Calmly Pte Ltd',
  ...ORDINARY_DATA,
  ...CONTROLLER,
};

/** A call centre in Manila that answers customer e-mails for web shops in the EU. */
const OFFSHORE_DESK: Answers = {
  ...THROUGH_CLIENTS_SCOPE,
  ...SMALL_FIRM,
  'organisation-name': 'Harbour Desk Inc.',
  ...ORDINARY_DATA,
  ...PROCESSOR_ONLY,
};

/** A self-employed physiotherapist in Utrecht with about 700 clients a year. */
const PHYSIO: Answers = {
  ...NL_SCOPE,
  ...SMALL_FIRM,
  'organisation-name': 'Fysio Oudegracht',
  employees: 1,
  ...ORDINARY_DATA,
  'data-subjects': ['patients-clients'],
  'special-category': 'yes',
  'special-categories-list': ['health'],
  'large-scale': 'yes',
  ...CONTROLLER,
  ...activities(
    activity('patient-files', {
      'activity-purposes': ['purpose-care-or-advice'],
      'activity-data-subjects': ['patients-clients'],
      'activity-data-categories': ['contact-details', 'health'],
      'activity-lawful-basis': ['contract', 'legal-obligation'],
      'activity-special-exception': ['ground-health-care'],
      'activity-dpia-criteria': ['sensitive-highly-personal', 'vulnerable-people'],
      'activity-authority-list': 'no',
      'activity-dpia-done': 'no',
    }),
  ),
  'individual-professional': 'yes',
};

describe('uncertainty is never turned into a "no"', () => {
  it('Art. 30(5): a 20-person office unsure whether it holds health data is not exempt from keeping records', () => {
    const r = assess({ ...ACCOUNTANTS, 'special-category': 'dont-know' });
    expect(r.outcome('records')).toEqual(['required']);
    expect(r.reasons('records')).toEqual(['exemption-not-shown']);
    expect(r.shown('records-of-processing')).toBe(true);
    // With the same doubt about one of its activities, the office is not exempt either.
    const unsure = assess({
      ...ACCOUNTANTS,
      ...activities(
        activity('event', {
          'activity-data-categories': ['contact-details', 'dont-know-sensitive'],
          'activity-occasional': 'yes',
          'activity-low-risk': 'yes',
        }),
      ),
    });
    expect(unsure.outcome('records')).toEqual(['required']);
    expect(unsure.reasons('records')).toEqual(['exemption-not-shown']);
    // With definite answers the same office may use the exemption.
    expect(assess(ACCOUNTANTS).outcome('records')).toEqual(['exempt']);
  });

  it('Art. 30(5): "don\'t know" on records that reveal health data (sick leave) also withholds the exemption', () => {
    const r = assess({ ...ACCOUNTANTS, 'revealing-records': ['dont-know'] });
    expect(r.outcome('records')).toEqual(['required']);
    expect(r.outcome('sensitive-data')).toEqual(['unclear']);
  });

  it('Art. 27(2)(a): an app maker unsure whether its processing is occasional is not exempt from a representative', () => {
    const r = assess({
      ...SINGAPORE_APP,
      ...activities(activity('app-users', { 'activity-occasional': 'dont-know' })),
    });
    expect(r.outcome('eu-representative')).toEqual(['required']);
    // With a definite "occasional" and "unlikely to result in a risk" it would be exempt.
    expect(
      assess({ ...SINGAPORE_APP, ...OCCASIONAL_LOW_RISK }).outcome('eu-representative'),
    ).toEqual(['exempt']);
  });

  it('Art. 27(2)(b): unsure whether it is a public body, a non-EU organisation gets "not clear", not "required"', () => {
    const r = assess({ ...SINGAPORE_APP, 'public-body': 'dont-know', 'eu-representative': 'no' });
    expect(r.outcome('eu-representative')).toEqual(['unclear']);
    expect(r.reasons('eu-representative')).toContain('public-body-unknown');
    expect(r.criticalGaps).not.toContain('eu-representative-missing');
  });

  it('Art. 3(2) + Art. 27(1): unsure whether it offers to people in the EU, the report never says both "probably applies" and "not needed"', () => {
    const r = assess({ ...SINGAPORE_APP, 'offers-to-eu': 'dont-know', 'monitors-eu': 'no' });
    expect(r.outcome('gdpr-applies')).toEqual(['uncertain']);
    expect(r.reasons('gdpr-applies')).toEqual(['offering-unknown']);
    expect(r.outcome('eu-representative')).toEqual(['unclear']);
    expect(r.reasons('eu-representative')).toEqual(['targeting-unknown']);
  });

  it('Art. 37(1)(a): a foundation unsure whether it is a public body is told to find out, not that no DPO is needed', () => {
    const r = assess({ ...NL_SHOP, 'public-body': 'dont-know' });
    expect(r.outcome('dpo')).toEqual(['unclear']);
    expect(r.reasons('dpo')).toEqual(['public-body-unknown']);
  });

  it('Art. 37(1)(b): a loyalty-card operator unsure whether tracking is a core activity gets "not clear"', () => {
    const r = assess({ ...NL_SHOP, 'large-scale': 'yes', 'dpo-core-monitoring': 'dont-know' });
    expect(r.shown('dpo-core-monitoring')).toBe(true);
    expect(r.outcome('dpo')).toEqual(['unclear']);
    expect(r.articles('dpo')).toContain('Art. 37(1)(b)');
  });

  it('Art. 4(8) + Art. 28: "don\'t know" on the processor role is handled like the controller role: unclear, processor questions asked', () => {
    const r = assess({ ...NL_SHOP, 'processor-role': 'dont-know' });
    expect(r.outcome('roles')).toEqual(['controller', 'role-unclear']);
    expect(r.reasons('roles')).toEqual(['processor-unknown']);
    expect(r.steps).toContain('acting-as-processor');
    expect(r.outcome('records')).toEqual(['controller-and-processor']);
  });

  it('Art. 35(3)(b): unsure whether its health data is handled on a large scale, a clinic is told to find out', () => {
    const r = assess({
      ...NL_SHOP,
      'data-subjects': ['patients-clients'],
      'special-category': 'yes',
      'special-categories-list': ['health'],
      'large-scale': 'dont-know',
      'individual-professional': 'no',
      'sensitive-large-scale': 'dont-know',
    });
    expect(r.outcome('dpia')).toEqual(['unclear']);
    expect(r.reasons('dpia')).toEqual(['large-scale-unknown']);
    expect(r.shown('dpia-done')).toBe(false);
  });
});

describe('critical gaps cap the rating', () => {
  /** A Dutch blood-test laboratory with everything in place except the DPIA its work requires. */
  const LAB: Answers = {
    ...NL_SCOPE,
    'organisation-name': 'Labcentrum Noord',
    employees: 300,
    'public-body': 'no',
    ...ORDINARY_DATA,
    'data-subjects': ['patients-clients'],
    'special-category': 'yes',
    'special-categories-list': ['health', 'genetic'],
    'large-scale': 'yes',
    'individual-professional': 'no',
    'sensitive-large-scale': 'yes',
    ...CONTROLLER,
  };

  it('Art. 35(1): a laboratory with a required DPIA not carried out is red, however high its score', () => {
    const r = assess(LAB, { 'dpia-done': 'no' });
    expect(r.reasons('dpia')).toContain('art35-3-b');
    expect(r.articles('dpia')).toContain('Art. 35(3)(b)');
    expect(r.criticalGaps).toEqual(['dpia-not-done']);
    const report = buildReport(q, r.answers);
    expect(report.overall.score).toBeGreaterThanOrEqual(80);
    expect(report.overall.rag).toBe('red');
    expect(report.sections.find((s) => s.sectionId === 'dpia')?.rag).toBe('red');
    expect(report.actions[0]).toMatchObject({ questionId: 'dpia-done', critical: true });
  });

  it('Art. 35(1): the same laboratory with its DPIA done has no critical gap and can be green', () => {
    const report = buildReport(q, assess(LAB).answers);
    expect(report.criticalGaps).toEqual([]);
    expect(report.overall.rag).toBe('green');
  });

  it('Art. 28(3): a shop that uses processors without agreements has a critical gap; "partly" counts too', () => {
    expect(assess(NL_SHOP, { 'processor-agreements': 'no' }).criticalGaps).toEqual([
      'processor-contracts-missing',
    ]);
    expect(assess(NL_SHOP, { 'processor-agreements': 'partly' }).criticalGaps).toEqual([
      'processor-contracts-missing',
    ]);
  });

  it('Art. 33(1): not knowing whether there is a breach procedure is a critical gap; a partial one is not', () => {
    expect(assess(NL_SHOP, { 'breach-procedure': 'dont-know' }).criticalGaps).toEqual([
      'no-breach-procedure',
    ]);
    expect(assess(NL_SHOP, { 'breach-procedure': 'partly' }).criticalGaps).toEqual([]);
  });

  it('Art. 13(1) + Art. 32(1): a definite "no" on the privacy notice, or none of the basic security measures, is critical', () => {
    expect(assess(NL_SHOP, { 'privacy-notice': 'no' }).criticalGaps).toEqual(['no-privacy-notice']);
    expect(assess(NL_SHOP, { 'security-measures': ['none-of-these'] }).criticalGaps).toEqual([
      'no-security-measures',
    ]);
  });

  it('Art. 32(1): some basic security measures missing, or not knowing which, is a gap but not critical', () => {
    expect(assess(NL_SHOP, { 'security-measures': ['measure-multi-factor'] }).criticalGaps).toEqual(
      [],
    );
    expect(assess(NL_SHOP, { 'security-measures': ['dont-know'] }).criticalGaps).toEqual([]);
  });

  it('Art. 27(1): a non-EU app maker without the representative it needs has a critical gap', () => {
    const r = assess(SINGAPORE_APP, { 'eu-representative': 'no' });
    expect(r.criticalGaps).toEqual(['eu-representative-missing']);
  });
});

describe('DPIA screening as the guidelines do it', () => {
  it('Rec. 91: a self-employed physiotherapist with 700 clients is not told a DPIA or DPO is required', () => {
    const r = assess(PHYSIO);
    expect(r.shown('individual-professional')).toBe(true);
    expect(r.shown('sensitive-large-scale')).toBe(false);
    expect(r.items('activity-dpia')).toEqual({ 'patient-files': ['not-indicated'] });
    expect(r.itemReasons('activity-dpia', 'patient-files')).toEqual(['individual-professional']);
    expect(r.outcome('dpia')).toEqual(['not-indicated']);
    expect(r.reasons('dpia')).toEqual(['individual-professional']);
    expect(r.outcome('dpo')).toEqual(['not-required']);
  });

  it("WP248: large scale alone, as in a big sports club's newsletter, is no reason to suggest a DPIA", () => {
    const r = assess({
      ...NL_SHOP,
      'organisation-name': 'Sportvereniging De Meeuwen',
      'large-scale': 'yes',
      ...activities(
        activity('newsletter', {
          'activity-purposes': ['purpose-marketing'],
          'activity-data-subjects': ['members'],
          'activity-lawful-basis': ['legitimate-interests'],
          'activity-dpia-criteria': ['large-scale-processing'],
          'activity-authority-list': 'no',
        }),
      ),
    });
    expect(r.items('activity-dpia')).toEqual({ newsletter: ['check'] });
    expect(r.outcome('dpia')).toEqual(['not-indicated']);
  });

  it('WP248: criteria of unrelated activities are not added up; an explicit "none of these" stands', () => {
    const r = assess({
      ...NL_SHOP,
      'children-data': 'yes',
      profiling: 'yes',
      'automated-decisions': 'no',
      ...activities(
        activity('youth-training', {
          'activity-data-subjects': ['children'],
          'activity-dpia-criteria': ['vulnerable-people'],
          'activity-authority-list': 'no',
        }),
        activity('web-shop', {
          'activity-data-categories': ['contact-details', 'online-identifiers'],
          'activity-dpia-criteria': ['evaluation-scoring'],
          'activity-authority-list': 'no',
        }),
        activity('orders'),
      ),
    });
    expect(r.items('activity-dpia')).toEqual({
      'youth-training': ['check'],
      'web-shop': ['check'],
      orders: ['not-indicated'],
    });
    expect(r.outcome('dpia')).toEqual(['not-indicated']);
  });

  it("Art. 35(4): a German firm whose activity is on its authority's list must carry out a DPIA", () => {
    const r = assess({
      ...DE_SCOPE,
      ...SMALL_FIRM,
      ...ORDINARY_DATA,
      ...CONTROLLER,
      ...activities(
        activity('entrance-camera', {
          'activity-purposes': ['purpose-security'],
          'activity-data-categories': ['images-video'],
          'activity-lawful-basis': ['legitimate-interests'],
          'activity-dpia-criteria': ['systematic-monitoring'],
          'activity-public-area': 'no',
          'activity-authority-list': 'yes',
        }),
      ),
    });
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.reasons('dpia')).toEqual(['authority-list']);
    expect(r.articles('dpia')).toContain('Art. 35(4)');
    expect(r.articles('dpia')).not.toContain('Art. 35(3)');
    // Outside the Netherlands the camera alone does not make it required: the list answer does.
    const unlisted = assess({
      ...DE_SCOPE,
      ...SMALL_FIRM,
      ...ORDINARY_DATA,
      ...CONTROLLER,
      ...activities(
        activity('entrance-camera', {
          'activity-data-categories': ['images-video'],
          'activity-dpia-criteria': ['systematic-monitoring'],
          'activity-public-area': 'no',
          'activity-authority-list': 'no',
        }),
      ),
    });
    expect(unlisted.items('activity-dpia')).toEqual({ 'entrance-camera': ['check'] });
    expect(unlisted.outcome('dpia')).toEqual(['not-indicated']);
  });

  it("Art. 28(3)(f): a processor is told the DPIA is its clients' duty and what it must help with", () => {
    const r = assess({ ...NL_SCOPE, ...SMALL_FIRM, ...ORDINARY_DATA, ...PROCESSOR_ONLY });
    expect(r.outcome('dpia')).toEqual(['processor-assists']);
    expect(r.articles('dpia')).toContain('Art. 28(3)(f)');
  });
});

describe('scope rules', () => {
  it('Art. 3 + Art. 28(3): an offshore support desk for EU web shops is covered through its clients, with no Art. 83 fine', () => {
    const r = assess(OFFSHORE_DESK, { 'breach-notice-to-clients': 'no' });
    expect(r.exit).toBeNull();
    expect(r.outcome('gdpr-applies')).toEqual(['through-clients']);
    expect(r.steps).toContain('acting-as-processor');
    expect(r.outcome('fine-tier')).toEqual(['contractual']);
    expect(r.outcome('records')).toEqual(['contractual']);
    expect(buildReport(q, r.answers).fines.ceiling).toBeNull();
  });

  it('Art. 3(2) + Art. 27(1): a non-EU processor for clients that target people in the EU is covered and needs a representative', () => {
    const r = assess({ ...OFFSHORE_DESK, 'serves-controllers-targeting-eu': 'yes' });
    expect(r.outcome('gdpr-applies')).toEqual(['processor-for-targeting-clients']);
    expect(r.outcome('eu-representative')).toEqual(['required']);
  });

  it("Art. 3(3): a member state's consulate outside the EU is in scope", () => {
    const r = assess({
      ...OFFSHORE_DESK,
      'serves-eu-controllers': 'no',
      'international-law-place': 'yes',
      'public-body': 'yes',
    });
    expect(r.outcome('gdpr-applies')).toEqual(['international-law']);
    expect(r.exit).toBeNull();
  });

  it('Art. 2(2)(c), Lindqvist and Ryneš: publishing online or filming the street ends the household exemption', () => {
    const home = { 'personal-data': 'yes', 'household-only': 'yes' };
    const published = assess({
      ...home,
      'household-publishes': 'yes',
      'law-enforcement': 'no',
      'eu-establishment': 'yes',
      'establishment-countries': ['netherlands'],
    });
    expect(published.exit).toBeNull();
    expect(published.outcome('gdpr-applies')).toEqual(['establishment']);
    const privateOnly = assess({ ...home, 'household-publishes': 'no' });
    expect(privateOnly.exit).toBe('gdpr-not-applicable');
    expect(privateOnly.exitReasons).toEqual(['household-only']);
    expect(privateOnly.reasons('gdpr-applies')).toEqual(['household-only']);
  });

  it("Art. 2(2)(d): a police force's criminal investigations leave the GDPR, and the report lists no duties", () => {
    const r = assess({ 'personal-data': 'yes', 'household-only': 'no', 'law-enforcement': 'yes' });
    expect(r.exit).toBe('gdpr-not-applicable');
    expect(r.exitReasons).toEqual(['law-enforcement']);
    expect(r.reasons('gdpr-applies')).toEqual(['law-enforcement']);
    expect(r.articles('gdpr-applies')).toContain('Art. 2(2)(d)');
    expect(r.has('dpia')).toBe(false);
    expect(r.has('fine-tier')).toBe(false);
    const report = buildReport(q, r.answers);
    expect(report.outOfScope?.reasons).toEqual(['law-enforcement']);
    expect(report.actions).toEqual([]);
    expect(report.fines.highestTier).toBe('none');
  });

  it('Art. 22: a shop that blocks accounts by a fixed rule, without profiling, is asked about automated decisions', () => {
    const r = assess({ ...NL_SHOP, profiling: 'no', 'automated-decisions': 'yes' });
    expect(r.shown('automated-decisions')).toBe(true);
    expect(r.shown('automated-decision-rights')).toBe(true);
    // Without profiling or evaluation it is no Art. 35(3)(a) case.
    expect(r.reasons('dpia')).not.toContain('art35-3-a');
  });

  it('Art. 9(1) + Art. 4(15): an employer that said "no" to special categories but records sick leave holds health data', () => {
    const r = assess({ ...NL_SHOP, 'revealing-records': ['sick-leave'] });
    expect(r.outcome('sensitive-data')).toEqual(['special-categories']);
    expect(r.reasons('sensitive-data')).toEqual(['sick-leave']);
    expect(r.steps).toContain('sensitive-data');
  });

  it('Art. 4(14) + UAVG 29: a Dutch gym with fingerprint entry holds biometric data and gets the Dutch biometrics question', () => {
    const r = assess({ ...NL_SHOP, 'revealing-records': ['biometric-access'] });
    expect(r.reasons('sensitive-data')).toEqual(['biometric-access']);
    expect(r.shown('nl-biometrics')).toBe(true);
  });
});

describe('the same rules through npm run report --format json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'legal-verdicts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function report(name: string, answers: Answers) {
    const path = join(dir, `${name}.json`);
    const example = {
      type: 'gdpr-readiness-example',
      version: 1,
      id: name,
      questionnaireId: q.id,
      title: { en: name, nl: name },
      description: { en: name, nl: name },
      answers,
    };
    writeFileSync(path, JSON.stringify(example));
    const { code, stdout, stderr } = await runReport([path, '--format', 'json'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return JSON.parse(stdout) as {
      overall: { rag: string | null; criticalGaps: number };
      determinations: { id: string; outcomes: { id: string; reasons: { id: string }[] }[] }[];
    };
  }
  const outcome = (json: Awaited<ReturnType<typeof report>>, id: string) =>
    json.determinations.find((d) => d.id === id)?.outcomes.map((o) => o.id);

  it('Art. 30(5): the 20-person office unsure about health data needs records', async () => {
    const json = await report(
      'accountants',
      assess({ ...ACCOUNTANTS, 'special-category': 'dont-know' }).answers,
    );
    expect(outcome(json, 'records')).toEqual(['required']);
  });

  it('Rec. 91: the physiotherapist is not told a DPIA is required', async () => {
    const json = await report('physio', assess(PHYSIO).answers);
    expect(outcome(json, 'dpia')).toEqual(['not-indicated']);
  });

  it('Art. 3 + Art. 28(3): the offshore support desk is reached through its clients', async () => {
    const json = await report('desk', assess(OFFSHORE_DESK).answers);
    expect(outcome(json, 'gdpr-applies')).toEqual(['through-clients']);
    expect(outcome(json, 'fine-tier')).toEqual(['contractual']);
  });
});
