import { describe, expect, it } from 'vitest';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import { buildReport } from '@/report/build-report';
import { loadShippedQuestionnaire } from './helpers/questionnaires';
import {
  CONTROLLER,
  DE_SCOPE,
  NL_SCOPE,
  NL_SHOP,
  NON_EU_SHOP,
  ORDINARY_DATA,
  SMALL_FIRM,
  activities,
  activity,
  assess,
} from './helpers/assess';

/**
 * The verdicts reached for each processing activity (issue 13), and what the organisation's own
 * verdicts take from them. Each rule is tried on an activity of our own making, and each test
 * is named after the provision it follows. The cases start from a small Dutch web shop
 * (NL_SHOP) whose activities the case lists; tests/uncertainty.properties.test.ts checks the
 * "don't know" rule over generated activities.
 */

/** A list of activities said to be complete, on top of a profile. */
const shopWith = (...items: Parameters<typeof activities>): Answers => ({
  ...NL_SHOP,
  ...activities(...items),
});

/** A camera that films the shop floor every day. */
const SHOP_CAMERA = {
  'activity-purposes': ['purpose-security'],
  'activity-data-subjects': ['customers', 'employees'],
  'activity-data-categories': ['images-video'],
  'activity-lawful-basis': ['legitimate-interests'],
  'activity-dpia-criteria': ['systematic-monitoring'],
  'activity-public-area': 'no',
  'activity-authority-list': 'no',
  'activity-dpia-done': 'no',
};

/** Sick-leave records and payroll of the organisation's own staff. */
const STAFF = {
  'activity-purposes': ['purpose-staff-administration'],
  'activity-data-subjects': ['employees'],
  'activity-data-categories': ['contact-details', 'national-id-number', 'health'],
  'activity-lawful-basis': ['contract', 'legal-obligation'],
  'activity-special-exception': ['ground-employment-law'],
  'activity-dpia-criteria': ['sensitive-highly-personal'],
  'activity-authority-list': 'no',
  'activity-dpia-done': 'no',
};

/** An occasional activity unlikely to result in a risk: the guest list of an anniversary. */
const EVENT = {
  'activity-purposes': ['purpose-other'],
  'activity-purpose-other': 'Guest list of the 25th anniversary',
  'activity-occasional': 'yes',
  'activity-low-risk': 'yes',
};

describe('Art. 4(7), 4(8), 26 and 30: the role per activity', () => {
  it('Art. 4(7) + 4(8): a payroll bureau is the processor of its clients and the controller of its own staff', () => {
    const r = assess(
      shopWith(
        activity('client-payroll', {
          'activity-role': 'processor',
          'activity-client': 'Bakkerij Jansen, Utrecht, info@bakkerijjansen.nl',
          'activity-purposes': ['purpose-staff-administration'],
          'activity-data-categories': ['contact-details', 'financial-data', 'health'],
        }),
        activity('own-staff', STAFF),
      ),
    );
    expect(r.items('activity-role')).toEqual({
      'client-payroll': ['processor'],
      'own-staff': ['controller'],
    });
    // The organisation said it is no processor; its activities say otherwise.
    expect(r.answers['processor-role']).toBe('no');
    expect(r.outcome('roles')).toEqual(['controller', 'processor']);
    expect(r.outcome('records')).toEqual(['controller-and-processor']);
    expect(r.steps).toContain('acting-as-processor');
    expect(r.shown('processor-records')).toBe(true);
  });

  it("Art. 28(3)(a) + 28(10): for a client's health data the exception is the client's, with the duty to refuse unlawful instructions", () => {
    const r = assess(
      shopWith(
        activity('client-payroll', {
          'activity-role': 'processor',
          'activity-client': 'Bakkerij Jansen',
          'activity-data-categories': ['contact-details', 'health'],
        }),
      ),
    );
    expect(r.items('activity-special-category-exception')).toEqual({
      'client-payroll': ['processor'],
    });
    expect(r.items('activity-dpia')).toEqual({ 'client-payroll': ['processor-assists'] });
    expect(r.items('activity-lawful-basis')).toEqual({ 'client-payroll': ['processor'] });
    expect(r.items('activity-retention')).toEqual({ 'client-payroll': ['processor'] });
    expect(r.itemShown('client-payroll', 'activity-special-exception')).toBe(false);
  });

  it('Art. 26(1): an activity decided together with another organisation asks for the joint arrangement', () => {
    const r = assess(
      shopWith(
        activity('loyalty-card', {
          'activity-role': 'joint-controller',
          'activity-joint-controller': 'Winkeliersvereniging Centrum, bestuur@centrum.nl',
          'activity-purposes': ['purpose-marketing'],
        }),
      ),
    );
    expect(r.items('activity-role')).toEqual({ 'loyalty-card': ['joint-controller'] });
    expect(r.answers['joint-control']).toBe('no');
    expect(r.outcome('roles')).toEqual(['controller', 'joint-controller']);
    expect(r.shown('joint-arrangement')).toBe(true);
  });

  it('Art. 4(7) + 4(8): "don\'t know" on the role of an activity is unclear, and the controller\'s questions are asked', () => {
    const r = assess(shopWith(activity('helpdesk', { 'activity-role': 'dont-know' })));
    expect(r.items('activity-role')).toEqual({ helpdesk: ['unclear'] });
    expect(r.reasons('roles')).toContain('activity-role-unknown');
    expect(r.itemShown('helpdesk', 'activity-lawful-basis')).toBe(true);
    expect(r.itemShown('helpdesk', 'activity-dpia-criteria')).toBe(true);
  });
});

describe('Art. 35: the DPIA screening per activity', () => {
  it('Art. 35(1) + WP248: two criteria in one activity make a DPIA likely, for it and for the organisation', () => {
    const r = assess(
      shopWith(
        activity('loyalty-profiles', {
          'activity-dpia-criteria': ['evaluation-scoring', 'combining-datasets'],
          'activity-authority-list': 'no',
          'activity-dpia-done': 'no',
        }),
        activity('orders'),
      ),
    );
    expect(r.items('activity-dpia')).toEqual({
      'loyalty-profiles': ['likely'],
      orders: ['not-indicated'],
    });
    expect(r.itemReasons('activity-dpia', 'loyalty-profiles')).toEqual(['dpia-missing']);
    expect(r.outcome('dpia')).toEqual(['likely']);
    expect(r.shown('dpia-likely-decision')).toBe(true);
  });

  it('Art. 35(1) + WP248: one criterion in each of two activities is likely for neither, nor for the organisation', () => {
    const r = assess(
      shopWith(
        activity('newsletter', {
          'activity-dpia-criteria': ['evaluation-scoring'],
          'activity-authority-list': 'no',
        }),
        activity('youth-club', {
          'activity-data-subjects': ['children'],
          'activity-dpia-criteria': ['vulnerable-people'],
          'activity-authority-list': 'no',
        }),
      ),
    );
    expect(r.items('activity-dpia')).toEqual({ newsletter: ['check'], 'youth-club': ['check'] });
    expect(r.outcome('dpia')).toEqual(['not-indicated']);
    expect(r.shown('dpia-likely-decision')).toBe(false);
  });

  it('Art. 35(3)(a): automated decisions with significant effects based on an evaluation require a DPIA, with the Art. 22 note', () => {
    const r = assess(
      shopWith(
        activity('credit-check', {
          'activity-dpia-criteria': ['evaluation-scoring', 'automated-decision-significant'],
          'activity-authority-list': 'no',
          'activity-dpia-done': 'yes',
        }),
      ),
    );
    expect(r.items('activity-dpia')).toEqual({ 'credit-check': ['required'] });
    expect(r.itemReasons('activity-dpia', 'credit-check')).toEqual([
      'art35-3-a',
      'dpia-done',
      'art22',
    ]);
    expect(r.reasons('dpia')).toEqual(['art35-3-a']);
  });

  it('Art. 35(3)(b): a large-scale activity with health data requires a DPIA; with a doubt about sensitive data it is unclear', () => {
    const clinic: Answers = { ...NL_SHOP, 'data-subjects': ['patients-clients'] };
    const files = {
      'activity-purposes': ['purpose-care-or-advice'],
      'activity-data-subjects': ['patients-clients'],
      'activity-data-categories': ['contact-details', 'health'],
      'activity-special-exception': ['ground-health-care'],
      'activity-dpia-criteria': ['large-scale-processing'],
      'activity-authority-list': 'no',
      'activity-dpia-done': 'no',
    };
    const r = assess({
      ...clinic,
      'individual-professional': 'no',
      ...activities(activity('patient-files', files)),
    });
    expect(r.items('activity-dpia')).toEqual({ 'patient-files': ['required'] });
    expect(r.itemReasons('activity-dpia', 'patient-files')).toContain('art35-3-b');
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.criticalGaps).toContain('dpia-not-done');
    const unsure = assess({
      ...clinic,
      'individual-professional': 'no',
      ...activities(
        activity('patient-files', {
          ...files,
          'activity-data-categories': ['contact-details', 'dont-know-sensitive'],
        }),
      ),
    });
    expect(unsure.items('activity-dpia')).toEqual({ 'patient-files': ['unclear'] });
    expect(unsure.itemReasons('activity-dpia', 'patient-files')).toContain(
      'large-scale-sensitive-unknown',
    );
    expect(unsure.outcome('dpia')).toEqual(['unclear']);
    expect(unsure.reasons('dpia')).toContain('activity-unclear');
  });

  it('Art. 35(3)(c): monitoring a publicly accessible area on a large scale requires a DPIA; "don\'t know" is unclear', () => {
    const tracking = {
      'activity-purposes': ['purpose-security'],
      'activity-data-categories': ['online-identifiers', 'location-data'],
      'activity-lawful-basis': ['legitimate-interests'],
      'activity-dpia-criteria': ['systematic-monitoring'],
      'activity-authority-list': 'no',
    };
    const r = assess(shopWith(activity('wifi', { ...tracking, 'activity-public-area': 'yes' })));
    expect(r.items('activity-dpia')).toEqual({ wifi: ['required'] });
    expect(r.itemReasons('activity-dpia', 'wifi')).toContain('art35-3-c');
    const unsure = assess(
      shopWith(activity('wifi', { ...tracking, 'activity-public-area': 'dont-know' })),
    );
    expect(unsure.items('activity-dpia')).toEqual({ wifi: ['unclear'] });
    expect(unsure.itemReasons('activity-dpia', 'wifi')).toEqual(['public-area-unknown']);
  });

  it("Art. 35(4): a Dutch shop's camera on the shop floor requires a DPIA (AP list: camera surveillance)", () => {
    const r = assess(shopWith(activity('cctv', SHOP_CAMERA)));
    expect(r.items('activity-dpia')).toEqual({ cctv: ['required'] });
    expect(r.itemReasons('activity-dpia', 'cctv')).toEqual(['nl-camera', 'dpia-missing']);
    expect(r.outcome('dpia')).toEqual(['required']);
    expect(r.reasons('dpia')).toEqual(['nl-camera']);
    expect(r.criticalGaps).toContain('dpia-not-done');
    // The same camera in Germany depends on the German list: one criterion, so "check".
    const german = assess({
      ...DE_SCOPE,
      ...SMALL_FIRM,
      ...ORDINARY_DATA,
      ...CONTROLLER,
      ...activities(activity('cctv', SHOP_CAMERA)),
    });
    expect(german.items('activity-dpia')).toEqual({ cctv: ['check'] });
  });

  it('Art. 35(4): an activity on the supervisory authority\'s list requires a DPIA; "don\'t know" is unclear, and says so even when two criteria already apply', () => {
    const profiling = {
      'activity-dpia-criteria': ['evaluation-scoring', 'large-scale-processing'],
      'activity-dpia-done': 'no',
    };
    const listed = assess(
      shopWith(activity('scoring', { ...profiling, 'activity-authority-list': 'yes' })),
    );
    expect(listed.items('activity-dpia')).toEqual({ scoring: ['required'] });
    expect(listed.itemReasons('activity-dpia', 'scoring')).toEqual(['art35-4', 'dpia-missing']);
    const unsure = assess(
      shopWith(activity('scoring', { ...profiling, 'activity-authority-list': 'dont-know' })),
    );
    expect(unsure.items('activity-dpia')).toEqual({ scoring: ['unclear'] });
    expect(unsure.itemReasons('activity-dpia', 'scoring')).toEqual([
      'authority-list-unknown',
      'already-likely',
    ]);
    expect(unsure.outcome('dpia')).toEqual(['unclear']);
    expect(unsure.reasons('dpia')).toEqual(['activity-unclear', 'already-likely']);
  });

  it('Art. 35(1): special categories count as the sensitive-data criterion, so one more criterion makes a DPIA likely', () => {
    const r = assess(
      shopWith(
        activity('staff', {
          ...STAFF,
          'activity-dpia-criteria': ['vulnerable-people'],
        }),
      ),
    );
    expect(r.items('activity-dpia')).toEqual({ staff: ['likely'] });
    expect(r.itemReasons('activity-dpia', 'staff')).toContain('special-data-counts');
  });

  it('Rec. 91: a physiotherapist is not told a DPIA is needed for the files of her patients, but is for large-scale staff health data', () => {
    const physio: Answers = {
      ...NL_SCOPE,
      ...SMALL_FIRM,
      'organisation-name': 'Fysio Oudegracht',
      ...ORDINARY_DATA,
      'data-subjects': ['customers'],
      ...CONTROLLER,
    };
    const patientFiles = activity('patient-files', {
      'activity-purposes': ['purpose-care-or-advice'],
      'activity-data-subjects': ['patients-clients'],
      'activity-data-categories': ['contact-details', 'health'],
      'activity-special-exception': ['ground-health-care'],
      'activity-dpia-criteria': ['sensitive-highly-personal', 'vulnerable-people'],
      'activity-authority-list': 'no',
      'activity-dpia-done': 'no',
    });
    const r = assess({ ...physio, ...activities(patientFiles), 'individual-professional': 'yes' });
    // Asked because an activity concerns patients, though the organisation-level answer does not.
    expect(r.shown('individual-professional')).toBe(true);
    expect(r.items('activity-dpia')).toEqual({ 'patient-files': ['not-indicated'] });
    expect(r.itemReasons('activity-dpia', 'patient-files')).toEqual(['individual-professional']);
    expect(r.outcome('dpia')).toEqual(['not-indicated']);
    // Rec. 91 speaks of patients' data only: the practice's own staff file is screened as usual.
    const staff = activity('staff', {
      ...STAFF,
      'activity-dpia-criteria': ['large-scale-processing', 'vulnerable-people'],
    });
    const both = assess({
      ...physio,
      ...activities(patientFiles, staff),
      'individual-professional': 'yes',
    });
    expect(both.items('activity-dpia')).toEqual({
      'patient-files': ['not-indicated'],
      staff: ['required'],
    });
    expect(both.outcome('dpia')).toEqual(['required']);
    // Without the Rec. 91 answer, the same patient files are likely to need a DPIA.
    const practice = assess({
      ...physio,
      ...activities(patientFiles),
      'individual-professional': 'no',
    });
    expect(practice.items('activity-dpia')).toEqual({ 'patient-files': ['likely'] });
  });

  it('Art. 28(3)(f): work for a client leaves the DPIA to the client, and the organisation is told what to help with', () => {
    const r = assess({
      ...NL_SHOP,
      'controller-role': 'no',
      'processor-role': 'yes',
      ...activities(
        activity('hosting', { 'activity-role': 'processor', 'activity-client': 'Acme BV' }),
      ),
    });
    expect(r.items('activity-dpia')).toEqual({ hosting: ['processor-assists'] });
    expect(r.outcome('dpia')).toEqual(['processor-assists']);
  });
});

describe('Art. 30(5): the records exemption judged over every activity', () => {
  const SMALL: Answers = { ...NL_SHOP, employees: 20 };

  it('Art. 30(5): a 20-person firm whose listed activities are all occasional, low-risk and ordinary, the list complete, is exempt', () => {
    const r = assess({
      ...SMALL,
      ...activities(activity('event', EVENT), activity('reunion', EVENT)),
    });
    expect(r.flag('activitiesRecordsExempt')).toBe(true);
    expect(r.outcome('records')).toEqual(['exempt']);
    expect(r.shown('records-of-processing')).toBe(false);
  });

  it.each([
    ['one regular activity', [activity('event', EVENT), activity('orders')], {}],
    [
      'one activity with special categories',
      [
        activity('event', EVENT),
        activity('dinner', {
          ...EVENT,
          'activity-data-categories': ['contact-details', 'religious-beliefs'],
          'activity-special-exception': ['ground-explicit-consent'],
        }),
      ],
      {},
    ],
    [
      'one activity with a high-risk criterion',
      [
        activity('event', EVENT),
        activity('photos', {
          ...EVENT,
          'activity-dpia-criteria': ['innovative-technology'],
          'activity-authority-list': 'no',
        }),
      ],
      {},
    ],
    [
      'an activity that may be risky',
      [activity('event', { ...EVENT, 'activity-low-risk': 'dont-know' })],
      {},
    ],
    ['a list not confirmed complete', [activity('event', EVENT)], { 'activities-complete': 'no' }],
    ['250 staff', [activity('event', EVENT)], { employees: 250 }],
  ] as const)('Art. 30(5): not exempt with %s', (_case, items, extra) => {
    const r = assess({ ...SMALL, ...activities(...items), ...extra });
    expect(r.flag('activitiesRecordsExempt')).toBe(false);
    expect(r.outcome('records')).toEqual(['required']);
    expect(r.shown('records-of-processing')).toBe(true);
  });

  it('Art. 30(5): the reason says what stands in the way: a list not confirmed complete', () => {
    const r = assess({
      ...SMALL,
      ...activities(activity('event', EVENT)),
      'activities-complete': 'dont-know',
    });
    expect(r.reasons('records')).toEqual(['list-not-complete']);
  });

  it('Art. 30(1) + 30(3)-(4): without an exemption a definite "no" on keeping the list as the record is a critical gap', () => {
    expect(
      assess(shopWith(activity('orders')), { 'records-of-processing': 'no' }).criticalGaps,
    ).toEqual(['no-records']);
  });
});

describe('Art. 27(2)(a): the representative exemption judged over every activity', () => {
  const occasionalHealth = {
    ...EVENT,
    'activity-data-categories': ['contact-details', 'health'],
    'activity-special-exception': ['ground-explicit-consent'],
  };

  it('Art. 27(2)(a): occasional, low-risk activities with health data that is not large scale are exempt', () => {
    const r = assess({
      ...NON_EU_SHOP,
      ...activities(
        activity('retreat', { ...occasionalHealth, 'activity-dpia-criteria': ['none-of-these'] }),
      ),
    });
    expect(r.outcome('eu-representative')).toEqual(['exempt']);
    expect(r.reasons('eu-representative')).toEqual(['occasional']);
    // Art. 30(5) is narrower: any special-category data keeps the record.
    expect(r.outcome('records')).toEqual(['required']);
  });

  it.each([
    [
      'health data on a large scale',
      activity('retreat', {
        ...occasionalHealth,
        'activity-dpia-criteria': ['large-scale-processing'],
        'activity-authority-list': 'no',
      }),
      {},
    ],
    ['a regular activity', activity('app-users'), {}],
    [
      'a list not confirmed complete',
      activity('retreat', { ...occasionalHealth, 'activity-dpia-criteria': ['none-of-these'] }),
      { 'activities-complete': 'dont-know' },
    ],
  ] as const)('Art. 27(2)(a): a representative is required with %s', (_case, item, extra) => {
    const r = assess({ ...NON_EU_SHOP, ...activities(item), ...extra });
    expect(r.outcome('eu-representative')).toEqual(['required']);
    expect(r.shown('eu-representative')).toBe(true);
  });
});

describe('Art. 6, 9 and 10: the lawful basis and the exceptions per activity', () => {
  it('Art. 6(1): "none of these" leaves the activity without a lawful basis, a critical gap; "don\'t know" is unclear and critical too', () => {
    const none = assess(
      shopWith(activity('leads', { 'activity-lawful-basis': ['none-of-these'] })),
    );
    expect(none.items('activity-lawful-basis')).toEqual({ leads: ['missing'] });
    expect(none.criticalGaps).toContain('no-lawful-basis');
    const unsure = assess(shopWith(activity('leads', { 'activity-lawful-basis': ['dont-know'] })));
    expect(unsure.items('activity-lawful-basis')).toEqual({ leads: ['unclear'] });
    expect(unsure.itemReasons('activity-lawful-basis', 'leads')).toEqual(['basis-unknown']);
    expect(unsure.criticalGaps).toContain('no-lawful-basis');
  });

  it('Art. 6(1), second subparagraph: a public body resting an activity on legitimate interests alone is not told it has a basis', () => {
    const hallHire = {
      ...shopWith(activity('hall-hire', { 'activity-lawful-basis': ['legitimate-interests'] })),
      'public-body': 'yes',
    };
    const r = assess(hallHire, { 'legitimate-interests-public-body': 'no' });
    expect(r.items('activity-lawful-basis')).toEqual({ 'hall-hire': ['unclear'] });
    expect(r.itemReasons('activity-lawful-basis', 'hall-hire')).toEqual([
      'public-body-legitimate-interests',
    ]);
    // Only where it said it uses legitimate interests outside its public tasks alone does it stand.
    const outside = assess(hallHire, { 'legitimate-interests-public-body': 'yes' });
    expect(outside.items('activity-lawful-basis')).toEqual({ 'hall-hire': ['present'] });
  });

  it('Art. 6(1)(b) + (f): contract for applications, with the note on tests and keeping CVs; children weigh heavily', () => {
    const r = assess(
      shopWith(
        activity('recruitment', {
          'activity-purposes': ['purpose-recruitment'],
          'activity-data-subjects': ['job-applicants'],
          'activity-data-categories': ['contact-details', 'employment-data'],
        }),
        activity('youth-club', {
          'activity-data-subjects': ['children'],
          'activity-lawful-basis': ['legitimate-interests'],
        }),
      ),
    );
    expect(r.itemReasons('activity-lawful-basis', 'recruitment')).toEqual([
      'contract',
      'recruitment-contract',
    ]);
    expect(r.itemReasons('activity-lawful-basis', 'youth-club')).toEqual([
      'legitimate-interests',
      'children',
    ]);
    // Children in an activity bring up the organisation's questions for children's data.
    expect(r.answers['children-data']).toBe('no');
    expect(r.shown('children-notice')).toBe(true);
  });

  it('Art. 6(1)(a) + Rec. 47: a newsletter to customers on consent gets the note on existing customers; statistics the note on cookies', () => {
    const r = assess(
      shopWith(
        activity('newsletter', {
          'activity-purposes': ['purpose-marketing'],
          'activity-lawful-basis': ['consent'],
        }),
        activity('statistics', {
          'activity-purposes': ['purpose-website-analytics'],
          'activity-data-subjects': ['website-visitors'],
          'activity-data-categories': ['online-identifiers'],
          'activity-lawful-basis': ['legitimate-interests'],
        }),
      ),
    );
    expect(r.itemReasons('activity-lawful-basis', 'newsletter')).toEqual([
      'consent',
      'existing-customers',
    ]);
    expect(r.itemReasons('activity-lawful-basis', 'statistics')).toEqual([
      'legitimate-interests',
      'website-analytics',
    ]);
    expect(r.shown('direct-marketing-rules')).toBe(true);
  });

  it('Art. 9(1) + 9(2): health data of an activity open the sensitive-data step; without an exception it is a critical gap', () => {
    const r = assess(
      shopWith(activity('staff', { ...STAFF, 'activity-special-exception': ['none-of-these'] })),
    );
    expect(r.answers['special-category']).toBe('no');
    expect(r.outcome('sensitive-data')).toEqual(['special-categories']);
    expect(r.reasons('sensitive-data')).toEqual(['activity']);
    expect(r.steps).toContain('sensitive-data');
    expect(r.items('activity-special-category-exception')).toEqual({ staff: ['missing'] });
    expect(r.criticalGaps).toContain('special-data-without-exception');
  });

  it('Art. 9(1): "not sure whether sensitive data is included" is unclear for the activity and for the organisation', () => {
    const r = assess(
      shopWith(
        activity('client-files', {
          'activity-data-categories': ['contact-details', 'financial-data', 'dont-know-sensitive'],
        }),
      ),
    );
    expect(r.items('activity-special-category-exception')).toEqual({ 'client-files': ['unclear'] });
    expect(r.items('activity-criminal-data-basis')).toEqual({ 'client-files': ['unclear'] });
    expect(r.outcome('sensitive-data')).toEqual(['unclear']);
    expect(r.reasons('sensitive-data')).toEqual(['activity-unknown']);
  });

  it('Art. 9(2)(b) + UAVG 29: in the Netherlands biometric identification needs more than the exception alone', () => {
    const r = assess(
      shopWith(
        activity('time-clock', {
          'activity-data-subjects': ['employees'],
          'activity-data-categories': ['biometric'],
          'activity-special-exception': ['ground-employment-law'],
        }),
      ),
    );
    expect(r.items('activity-special-category-exception')).toEqual({ 'time-clock': ['present'] });
    expect(r.itemReasons('activity-special-category-exception', 'time-clock')).toEqual([
      'employment-law',
      'dutch-rules',
      'biometric-nl',
    ]);
  });

  it('Art. 10: a shop that keeps footage of thefts cannot claim "under the control of official authority"; "neither" is a critical gap', () => {
    const footage = {
      ...SHOP_CAMERA,
      'activity-data-categories': ['images-video', 'criminal-offence-data'],
    };
    const claimed = assess(
      shopWith(
        activity('cctv', { ...footage, 'activity-criminal-basis': 'official-authority-control' }),
      ),
    );
    expect(claimed.items('activity-criminal-data-basis')).toEqual({ cctv: ['unclear'] });
    // The Dutch shop is pointed to the UAVG's own rules for criminal data (art. 31 to 33).
    expect(claimed.itemReasons('activity-criminal-data-basis', 'cctv')).toEqual([
      'authority-control-private',
      'dutch-rules',
    ]);
    const byLaw = assess(
      shopWith(activity('cctv', { ...footage, 'activity-criminal-basis': 'authorised-by-law' })),
    );
    expect(byLaw.items('activity-criminal-data-basis')).toEqual({ cctv: ['present'] });
    expect(byLaw.itemReasons('activity-criminal-data-basis', 'cctv')).toEqual(['dutch-rules']);
    const none = assess(
      shopWith(activity('cctv', { ...footage, 'activity-criminal-basis': 'none-of-these' })),
    );
    expect(none.items('activity-criminal-data-basis')).toEqual({ cctv: ['missing'] });
    expect(none.criticalGaps).toContain('criminal-data-without-authorisation');
  });
});

describe('Chapter V: transfers per activity', () => {
  const transfer = (countries: string[], tools: string[], extra = {}) =>
    activity('mailing', {
      'activity-uses-processors': 'yes',
      'activity-transfers': 'yes',
      'activity-transfer-countries': countries,
      'activity-transfer-tool': tools,
      ...extra,
    });

  it('Art. 45(1): adequacy for a US recipient is to be checked (DPF); with SCCs as well it is in place', () => {
    expect(
      assess(shopWith(transfer(['united-states'], ['adequacy-decision']))).items(
        'activity-transfer-tool',
      ),
    ).toEqual({ mailing: ['check-adequacy'] });
    expect(
      assess(
        shopWith(
          transfer(['united-states'], ['adequacy-decision', 'standard-contractual-clauses']),
        ),
      ).items('activity-transfer-tool'),
    ).toEqual({ mailing: ['present'] });
  });

  it('Art. 30(1)(e) + 46: countries unknown is unclear, even with standard contractual clauses', () => {
    const r = assess(shopWith(transfer(['dont-know'], ['standard-contractual-clauses'])));
    expect(r.items('activity-transfer-tool')).toEqual({ mailing: ['unclear'] });
    expect(r.itemReasons('activity-transfer-tool', 'mailing')).toEqual(['countries-unknown']);
  });

  it('Art. 49(1): a derogation alone is to be checked for a regular activity, and in place for an occasional one', () => {
    expect(
      assess(shopWith(transfer(['india'], ['art49-derogation']))).items('activity-transfer-tool'),
    ).toEqual({ mailing: ['check-derogation'] });
    expect(
      assess(shopWith(transfer(['india'], ['art49-derogation'], EVENT))).items(
        'activity-transfer-tool',
      ),
    ).toEqual({ mailing: ['present'] });
  });

  it('Art. 44 + 45(1): adequacy claimed for India is no tool: missing for the activity, and a critical gap', () => {
    const r = assess(shopWith(transfer(['india'], ['adequacy-decision'])));
    expect(r.items('activity-transfer-tool')).toEqual({ mailing: ['missing'] });
    expect(r.itemReasons('activity-transfer-tool', 'mailing')).toEqual(['adequacy-not-available']);
    expect(r.answers.transfers).toBe('no');
    expect(r.steps).toContain('transfers');
    expect(r.criticalGaps).toContain('transfers-without-tool');
  });
});

describe('Art. 5(1)(e), 30(1)(f)-(g) and 32: retention and security per activity', () => {
  it('Art. 30(1)(f): a retention period is set or not set', () => {
    const r = assess(
      shopWith(activity('orders'), activity('newsletter', { 'activity-retention': null })),
    );
    expect(r.items('activity-retention')).toEqual({ orders: ['defined'], newsletter: ['missing'] });
  });

  it('Art. 30(1)(g) + 32(1): the security description is described, partly, not described, unclear or not stated', () => {
    const r = assess(
      shopWith(
        activity('a', { 'activity-security': 'yes' }),
        activity('b', { 'activity-security': 'partly' }),
        activity('c', { 'activity-security': 'no' }),
        activity('d', { 'activity-security': 'dont-know' }),
        activity('e', { 'activity-security': null }),
      ),
    );
    expect(r.items('activity-security-record')).toEqual({
      a: ['described'],
      b: ['partly'],
      c: ['not-described'],
      d: ['unclear'],
      e: ['not-stated'],
    });
  });
});

describe('Second review: gaps per activity, the fine tier and the exemptions', () => {
  const q = loadShippedQuestionnaire();
  const actionsOf = (answers: Answers) =>
    buildReport(q, answers).itemActions.map((a) => `${a.itemId}: ${a.determination}.${a.outcome}`);

  it('Art. 83(5)(a) + 5(1)(e): the gap an activity leaves counts in the fine tier the organisation is exposed to', () => {
    // The shop answers every organisation-level question well: no gap of its own.
    expect(assess(shopWith(activity('orders'))).outcome('fine-tier')).toEqual(['none']);
    const answers = shopWith(activity('orders', { 'activity-retention': null }));
    expect(actionsOf(answers)).toEqual(['orders: activity-retention.missing']);
    expect(assess(answers).outcome('fine-tier')).toEqual(['upper']);
    expect(buildReport(q, answers).fines.highestTier).toBe('art83-5');
  });

  it('Art. 35(1): a DPIA already carried out closes the action of a required or unclear screening', () => {
    const camera = (done: string) =>
      shopWith(activity('camera', { ...SHOP_CAMERA, 'activity-dpia-done': done }));
    expect(actionsOf(camera('no'))).toContain('camera: activity-dpia.required');
    expect(actionsOf(camera('yes'))).not.toContain('camera: activity-dpia.required');
    const unsure = (done: string) =>
      shopWith(
        activity('camera', {
          ...SHOP_CAMERA,
          'activity-authority-list': 'dont-know',
          'activity-dpia-criteria': ['dont-know'],
          'activity-dpia-done': done,
        }),
      );
    expect(actionsOf(unsure('no'))).toContain('camera: activity-dpia.unclear');
    expect(actionsOf(unsure('yes')).filter((a) => a.includes('activity-dpia'))).toEqual([]);
  });

  it("Art. 28(3)(a) + 32(1): a processor unsure about sensitive data asks its client, and gets no controller's action", () => {
    const answers = shopWith(
      activity('bookkeeping', {
        'activity-role': 'processor',
        'activity-client': 'Kapsalon Mies',
        'activity-data-categories': ['financial-data', 'dont-know-sensitive'],
      }),
    );
    expect(assess(answers).items('activity-special-category-exception')).toEqual({
      bookkeeping: ['processor-unclear'],
    });
    expect(actionsOf(answers)).toEqual([
      'bookkeeping: activity-special-category-exception.processor-unclear',
    ]);
  });

  it("Art. 35(4): a Dutch fingerprint time clock is asked about the AP's list though no WP248 criterion is ticked", () => {
    const clock = (list: string) =>
      shopWith(
        activity('clock', {
          'activity-data-subjects': ['employees'],
          'activity-data-categories': ['biometric'],
          'activity-special-exception': ['ground-explicit-consent'],
          'activity-dpia-criteria': ['none-of-these'],
          'activity-authority-list': list,
          'activity-dpia-done': 'no',
        }),
      );
    expect(assess(clock('yes')).itemShown('clock', 'activity-authority-list')).toBe(true);
    expect(assess(clock('yes')).items('activity-dpia')).toEqual({ clock: ['required'] });
  });

  it('Art. 27(2)(a) + 30(5): an occasional activity with a high-risk criterion or with children is exempt from neither', () => {
    const risky = activity('camp', {
      ...EVENT,
      'activity-data-subjects': ['children'],
      'activity-dpia-criteria': ['none-of-these'],
    });
    expect(assess({ ...NON_EU_SHOP, ...activities(risky) }).outcome('eu-representative')).toEqual([
      'required',
    ]);
    expect(assess(shopWith(risky)).outcome('records')).toEqual(['required']);
    const scoring = activity('quiz', {
      ...EVENT,
      'activity-dpia-criteria': ['evaluation-scoring', 'automated-decision-significant'],
      'activity-dpia-done': 'yes',
    });
    expect(assess({ ...NON_EU_SHOP, ...activities(scoring) }).outcome('eu-representative')).toEqual(
      ['required'],
    );
  });
});
