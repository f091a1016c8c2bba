import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAnswer } from '@/engine/questionnaire/answer-validation';
import {
  evaluateDeterminations,
  evaluateVerdicts,
  isGapAnswer,
} from '@/engine/questionnaire/determinations';
import { ExampleSchema, type Example } from '@/engine/questionnaire/example.schema';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { buildReport } from '@/report/build-report';
import { questionnaireIds } from '../scripts/questionnaire-files';
import { exampleFiles, loadExample, readExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

/**
 * The example answer files that ship with a questionnaire are fixtures for the app's
 * "try an example", the report and the persona counts, so each must be a complete,
 * consistent walk through its questionnaire, and must reach the conclusions its story tells.
 */
const files = exampleFiles();
const ids = questionnaireIds();
const questionnaires = new Map<string, Questionnaire>(
  ids.map((id) => [id, loadShippedQuestionnaire(id)]),
);

/** What each shipped GDPR example must conclude, determination by determination. */
const STORIES: Record<string, Record<string, string[]>> = {
  // Small Dutch controller: consent and contract, processors in the EU, no transfers; its only
  // sensitive data are the sick-leave records of its staff administration (Art. 9(1), 4(15));
  // its gaps include cookie consent and rights requests (Art. 83(5)).
  'dutch-webshop': {
    'gdpr-applies': ['establishment'],
    roles: ['controller'],
    'sensitive-data': ['special-categories'],
    dpo: ['not-required'],
    dpia: ['not-indicated'],
    'eu-representative': ['not-needed'],
    records: ['required'],
    transfers: ['none'],
    'dutch-law': ['applies'],
    'fine-tier': ['upper'],
  },
  // Processor for its customers' CRM data, controller for its own billing, staff and marketing;
  // its lead scoring meets two WP248 criteria in one activity, so a DPIA is likely (not an
  // Art. 35(3) case); sick-leave records in its staff administration are health data;
  // India without an adequacy decision needs Art. 46 safeguards next to the DPF-certified US cloud.
  'crm-saas': {
    'gdpr-applies': ['establishment'],
    roles: ['controller', 'processor'],
    'sensitive-data': ['special-categories'],
    dpo: ['not-required'],
    dpia: ['likely'],
    'eu-representative': ['not-needed'],
    records: ['controller-and-processor'],
    transfers: ['safeguards-needed'],
    'dutch-law': ['applies'],
    'fine-tier': ['upper'],
  },
  // Large-scale health data as a core activity: DPO (Art. 37(1)(c)) and DPIA (Art. 35(3)(b)).
  hospital: {
    'gdpr-applies': ['establishment'],
    roles: ['controller', 'joint-controller'],
    'sensitive-data': ['special-categories'],
    dpo: ['required'],
    dpia: ['required'],
    'eu-representative': ['not-needed'],
    records: ['required'],
    transfers: ['none'],
    'dutch-law': ['applies'],
    'fine-tier': ['upper'],
  },
  // No EU establishment, but offering (Art. 3(2)(a)) and monitoring (Art. 3(2)(b)) on a regular
  // basis: a representative is required (Art. 27(1)) and has not been appointed.
  'us-app-targeting-eu': {
    'gdpr-applies': ['offering', 'monitoring'],
    roles: ['controller', 'joint-controller'],
    'sensitive-data': ['none'],
    dpo: ['required'],
    dpia: ['required'],
    'eu-representative': ['required'],
    records: ['required'],
    transfers: ['none'],
    'dutch-law': ['applies'],
    'fine-tier': ['upper'],
  },
  // A Danish processor for its customers' helpdesk data and controller for its own: no DPO and
  // no DPIA of its own (Art. 37(1), 35(1)); it helps its clients with theirs (Art. 28(3)(f)).
  // Sick-leave records make its staff data health data (Art. 9(1)); its only transfer goes to a
  // DPF-certified US sub-processor (Art. 45(1)). Danish law applies by establishment (DBL 4).
  'danish-software-vendor': {
    'gdpr-applies': ['establishment'],
    roles: ['controller', 'processor'],
    'sensitive-data': ['special-categories'],
    dpo: ['not-required'],
    dpia: ['not-indicated'],
    'eu-representative': ['not-needed'],
    records: ['controller-and-processor'],
    transfers: ['adequate-only'],
    'dutch-law': ['not-indicated'],
    'danish-law': ['applies'],
    'fine-tier': ['upper'],
  },
  // A German manufacturer of 60 whose 25 people at screens make a DPO compulsory (BDSG 38(1));
  // the church tax attribute and sick notes in payroll are special categories (Art. 9(1)); the
  // gate cameras monitor employees, two WP248 criteria, so a DPIA is likely (Art. 35(1)).
  'german-manufacturer': {
    'gdpr-applies': ['establishment'],
    roles: ['controller'],
    'sensitive-data': ['special-categories'],
    dpo: ['required'],
    dpia: ['likely'],
    'eu-representative': ['not-needed'],
    records: ['required'],
    transfers: ['none'],
    'dutch-law': ['not-indicated'],
    'german-law': ['applies'],
    'fine-tier': ['upper'],
  },
  // A French clinic: large-scale health data as its core activity, so a DPO (Art. 37(1)(c)) and
  // DPIAs (Art. 35(3)(b), and the CNIL list under Art. 35(4)); no transfers.
  'french-clinic': {
    'gdpr-applies': ['establishment'],
    roles: ['controller'],
    'sensitive-data': ['special-categories'],
    dpo: ['required'],
    dpia: ['required'],
    'eu-representative': ['not-needed'],
    records: ['required'],
    transfers: ['none'],
    'dutch-law': ['not-indicated'],
    'french-law': ['applies'],
    'fine-tier': ['upper'],
  },
};

/** What each story concludes for its activities: role and DPIA screening, activity by activity. */
const ACTIVITY_STORIES: Record<string, Record<string, Record<string, string[]>>> = {
  // Only the staff administration meets a criterion (sensitive data: sick leave), so "check".
  'dutch-webshop': {
    'activity-role': {
      orders: ['controller'],
      newsletter: ['controller'],
      staff: ['controller'],
      support: ['controller'],
    },
    'activity-dpia': {
      orders: ['not-indicated'],
      newsletter: ['not-indicated'],
      staff: ['check'],
      support: ['not-indicated'],
    },
  },
  // The CRM service is done for clients (Art. 28(3)(f)); lead scoring is the "likely" activity.
  'crm-saas': {
    'activity-role': {
      'crm-hosting': ['processor'],
      billing: ['controller'],
      'lead-scoring': ['controller'],
      staff: ['controller'],
      recruitment: ['controller'],
    },
    'activity-dpia': {
      'crm-hosting': ['processor-assists'],
      billing: ['not-indicated'],
      'lead-scoring': ['likely'],
      staff: ['check'],
      recruitment: ['not-indicated'],
    },
  },
  // Patient files and the regional record: Art. 35(3)(b); fingerprints: the AP list (Art. 35(4)).
  hospital: {
    'activity-role': {
      'patient-files': ['controller'],
      'regional-record': ['joint-controller'],
      staff: ['controller'],
      'medication-rooms': ['controller'],
      recruitment: ['controller'],
    },
    'activity-dpia': {
      'patient-files': ['required'],
      'regional-record': ['required'],
      staff: ['likely'],
      'medication-rooms': ['required'],
      recruitment: ['not-indicated'],
    },
  },
  // Tracking hikes and the advertising SDK are on the AP list (location data, profiling).
  'us-app-targeting-eu': {
    'activity-role': {
      'hiking-app': ['controller'],
      advertising: ['joint-controller'],
      support: ['controller'],
    },
    'activity-dpia': {
      'hiking-app': ['required'],
      advertising: ['required'],
      support: ['not-indicated'],
    },
  },
  // Only the staff administration meets a criterion (sick leave): "check"; the helpdesk is done
  // for clients, whose DPIAs the vendor helps with (Art. 28(3)(f)).
  'danish-software-vendor': {
    'activity-role': {
      'helpdesk-platform': ['processor'],
      billing: ['controller'],
      staff: ['controller'],
      recruitment: ['controller'],
      newsletter: ['controller'],
    },
    'activity-dpia': {
      'helpdesk-platform': ['processor-assists'],
      billing: ['not-indicated'],
      staff: ['check'],
      recruitment: ['not-indicated'],
      newsletter: ['not-indicated'],
    },
  },
  // The fixed gate cameras systematically monitor employees, who depend on their employer (two
  // WP248 criteria), though no public area on a large scale and on no list: "likely". The payroll
  // with its sensitive data meets one criterion: "check".
  'german-manufacturer': {
    'activity-role': {
      staff: ['controller'],
      'sales-crm': ['controller'],
      'customer-service': ['controller'],
      'gate-camera': ['controller'],
      recruitment: ['controller'],
      website: ['controller'],
    },
    'activity-dpia': {
      staff: ['check'],
      'sales-crm': ['not-indicated'],
      'customer-service': ['not-indicated'],
      'gate-camera': ['likely'],
      recruitment: ['not-indicated'],
      website: ['not-indicated'],
    },
  },
  // Patient records and billing: large-scale health data (Art. 35(3)(b)); the whistleblowing
  // channel: on the CNIL list (Art. 35(4)).
  'french-clinic': {
    'activity-role': {
      'patient-files': ['controller'],
      billing: ['controller'],
      staff: ['controller'],
      whistleblowing: ['controller'],
      recruitment: ['controller'],
    },
    'activity-dpia': {
      'patient-files': ['required'],
      billing: ['required'],
      staff: ['check'],
      whistleblowing: ['required'],
      recruitment: ['not-indicated'],
    },
  },
};

/** Questions each story must bring up, because the report's key actions hang on them. */
const SHOWN: Record<string, string[]> = {
  'dutch-webshop': [
    'records-of-processing',
    'direct-marketing-rules',
    'processor-agreements',
    'special-data-exception',
  ],
  'crm-saas': [
    'processor-records',
    'processor-instructions-only',
    'subprocessor-authorisation',
    'transfer-safeguards',
    'transfer-impact-assessment',
  ],
  hospital: ['special-data-exception', 'nl-bsn', 'nl-biometrics', 'dpo-appointment', 'dpia-done'],
  'us-app-targeting-eu': ['eu-representative', 'breach-authority-non-eu', 'dpo-appointment'],
  'danish-software-vendor': [
    'dk-cpr',
    'dk-cpr-disclosure',
    'dk-dpia-list',
    'processor-records',
    'subprocessor-authorisation',
    'transfer-dpf-certified',
  ],
  'german-manufacturer': [
    'de-automated-processing-staff',
    'de-commercial-transfer',
    'de-dpia-list',
    'de-employee-data',
    'dpo-appointment',
    'legitimate-interests-assessment',
  ],
  'french-clinic': [
    'fr-nir',
    'fr-dpia-list',
    'dpo-core-sensitive',
    'dpo-appointment',
    'dpo-independence',
    'dpia-done',
  ],
};

describe('shipped example answer files', () => {
  it('include the seven GDPR stories', () => {
    const gdpr = files.filter((f) => f.folder === 'gdpr-readiness').map((f) => f.file);
    expect(gdpr).toEqual(expect.arrayContaining(Object.keys(STORIES).map((id) => `${id}.json`)));
  });

  describe.each(files.map((f) => [`${f.folder}/examples/${f.file}`, f] as const))(
    '%s',
    (_name, file) => {
      it('parses with ExampleSchema', () => {
        const parsed = ExampleSchema.safeParse(JSON.parse(readFileSync(file.path, 'utf8')));
        expect(parsed.error?.issues ?? []).toEqual([]);
      });

      it('has the file name as id and belongs to an existing questionnaire in its folder', () => {
        const example = readExample(file.path);
        expect(`${example.id}.json`).toBe(file.file);
        expect(ids).toContain(example.questionnaireId);
        expect(example.questionnaireId).toBe(file.folder);
      });

      it('answers only existing questions, each with a valid answer', () => {
        const example = readExample(file.path);
        const q = questionnaires.get(example.questionnaireId)!;
        const questions = new Map(q.sections.flatMap((s) => s.questions).map((x) => [x.id, x]));
        const problems = Object.entries(example.answers).flatMap(([id, value]) => {
          const question = questions.get(id);
          if (!question) return [`${id}: no such question`];
          const error = validateAnswer(question, value);
          return error ? [`${id}: ${JSON.stringify(error)}`] : [];
        });
        expect(problems).toEqual([]);
      });

      it('answers no hidden question', () => {
        const example = readExample(file.path);
        const q = questionnaires.get(example.questionnaireId)!;
        const { questions } = computeVisibility(q, example.answers);
        const hidden = Object.keys(example.answers).filter((id) => questions.get(id) !== true);
        expect(hidden).toEqual([]);
      });

      it('answers every visible required question', () => {
        const example = readExample(file.path);
        const q = questionnaires.get(example.questionnaireId)!;
        const { questions } = computeVisibility(q, example.answers);
        const missing = q.sections
          .flatMap((s) => s.questions)
          .filter((x) => questions.get(x.id) && x.required)
          .filter((x) => validateAnswer(x, example.answers[x.id]) !== null)
          .map((x) => x.id);
        expect(missing).toEqual([]);
      });

      it('has real gaps to report and things that are in order', () => {
        const example = readExample(file.path);
        const q = questionnaires.get(example.questionnaireId)!;
        const { questions } = computeVisibility(q, example.answers);
        const scored = q.sections
          .flatMap((s) => s.questions)
          .filter((x) => x.scoring && questions.get(x.id));
        const gaps = scored.filter((x) => isGapAnswer(x, example.answers[x.id]));
        expect(gaps.length).toBeGreaterThan(0);
        expect(gaps.length).toBeLessThan(scored.length);
      });

      it('reaches the fine tier its gaps imply (Art. 83(4)-(5))', () => {
        const example = readExample(file.path);
        const q = questionnaires.get(example.questionnaireId)!;
        const { questions } = computeVisibility(q, example.answers);
        const tiers = new Set(
          q.sections
            .flatMap((s) => s.questions)
            .filter((x) => questions.get(x.id) && isGapAnswer(x, example.answers[x.id]))
            .map((x) => x.scoring?.fineTier),
        );
        const expected = tiers.has('art83-5') ? 'upper' : tiers.has('art83-4') ? 'lower' : 'none';
        const fineTier = evaluateDeterminations(q, example.answers).find(
          (d) => d.id === 'fine-tier',
        );
        expect(fineTier?.outcomes.map((o) => o.id)).toEqual([expected]);
      });
    },
  );
});

describe('the determinations of each GDPR example follow its story', () => {
  const q = loadShippedQuestionnaire();
  it.each(Object.entries(STORIES))('%s', (id, story) => {
    const file = files.find((f) => f.folder === 'gdpr-readiness' && f.file === `${id}.json`);
    expect(file, `${id}.json is missing`).toBeDefined();
    const example = readExample(file!.path);
    const results = evaluateDeterminations(q, example.answers);
    const actual = Object.fromEntries(
      results.filter((d) => d.id in story).map((d) => [d.id, d.outcomes.map((o) => o.id)]),
    );
    expect(actual).toEqual(story);
  });

  it.each(Object.entries(ACTIVITY_STORIES))('%s: each activity follows its story', (id, story) => {
    const file = files.find((f) => f.folder === 'gdpr-readiness' && f.file === `${id}.json`);
    const { itemDeterminations } = evaluateVerdicts(q, readExample(file!.path).answers);
    const actual = Object.fromEntries(
      itemDeterminations
        .filter((d) => d.id in story)
        .map((d) => [
          d.id,
          Object.fromEntries(d.items.map((i) => [i.itemId, i.outcomes.map((o) => o.id)])),
        ]),
    );
    expect(actual).toEqual(story);
  });

  it.each(Object.entries(SHOWN))('%s brings up the questions its story turns on', (id, shown) => {
    const file = files.find((f) => f.folder === 'gdpr-readiness' && f.file === `${id}.json`);
    const { questions } = computeVisibility(q, readExample(file!.path).answers);
    expect(shown.filter((x) => questions.get(x) !== true)).toEqual([]);
  });
});

/**
 * The three examples of issue 12 each turn on the national law of the member state they are
 * established in. The scores are written down from a run: a change to one is a change in what
 * the example tells, so update them on purpose.
 */
describe('the national law each country example turns on', () => {
  const q = loadShippedQuestionnaire();
  const verdicts = (answers: Example['answers']) => {
    const results = evaluateDeterminations(q, answers);
    const of = (id: string) => results.find((d) => d.id === id);
    return {
      has: (id: string) => of(id) !== undefined,
      outcome: (id: string) => of(id)?.outcomes.map((o) => o.id),
      reasons: (id: string) => of(id)?.outcomes.flatMap((o) => o.reasons),
    };
  };
  const story = (id: string) => {
    const { answers } = loadExample(id);
    const report = buildReport(q, answers);
    const { questions } = computeVisibility(q, answers);
    return {
      answers,
      report,
      ...verdicts(answers),
      shown: (questionId: string) => questions.get(questionId) === true,
      actions: report.actions.map((a) => a.questionId),
      critical: report.criticalGaps.map((g) => g.id),
    };
  };

  describe('danish-software-vendor', () => {
    const s = story('danish-software-vendor');

    it('scores 70, not ready, with two critical gaps: CPR numbers as staff numbers without a § 11 ground, and no record of what it does for customers (Art. 30(2))', () => {
      expect(s.report.overall).toMatchObject({ score: 70, readiness: 'not-ready' });
      expect([...s.critical].sort()).toEqual(['cpr-without-basis', 'no-records']);
      expect(s.answers['processor-records']).toBe('no');
    });

    it('DBL 4: Danish law applies because the vendor is established in Denmark; French law is unclear, as it serves people across the EU (art. 3 II LIL)', () => {
      expect(s.outcome('danish-law')).toEqual(['applies']);
      expect(s.reasons('danish-law')).toEqual(['establishment']);
      expect(s.report.nationalLaws.map((law) => [law.act, law.reasons])).toEqual([
        ['DBL', ['establishment']],
      ]);
      expect(s.answers['cross-border']).toBe('yes');
      expect(s.outcome('french-law')).toEqual(['unclear']);
      expect(s.reasons('french-law')).toEqual(['residents-unknown']);
      expect(s.has('german-law')).toBe(false);
    });

    it('§ 11 databeskyttelsesloven: CPR numbers in payroll bring the § 11 questions; their use as staff numbers, with a ground for only part of it, is a critical gap with its action', () => {
      expect(s.shown('dk-cpr')).toBe(true);
      expect(s.shown('dk-cpr-disclosure')).toBe(true);
      expect(s.shown('nl-bsn')).toBe(false);
      expect(s.actions).toContain('dk-cpr');
      expect(s.actions).not.toContain('dk-cpr-disclosure');
      expect(s.answers['dk-cpr']).toBe('partly');
      expect(s.critical).toContain('cpr-without-basis');
    });

    it('§ 6(2) databeskyttelsesloven: without an app for consumers the consent age of 13 does not come up', () => {
      expect(s.answers['children-data']).toBe('no');
      expect(s.shown('dk-parental-consent')).toBe(false);
    });

    it('Art. 28(2) and 45(1): the DPF-certified US sub-processor is an adequate transfer, but customers were not told of it in advance', () => {
      expect(s.outcome('transfers')).toEqual(['adequate-only']);
      expect(s.shown('transfer-safeguards')).toBe(false);
      expect(s.actions).toContain('subprocessor-authorisation');
    });
  });

  describe('german-manufacturer', () => {
    const s = story('german-manufacturer');

    it('scores 50, not ready, with two critical gaps: no DPO and a processor without an agreement', () => {
      expect(s.report.overall).toMatchObject({ score: 50, readiness: 'not-ready' });
      expect([...s.critical].sort()).toEqual(['dpo-not-designated', 'processor-contracts-missing']);
    });

    it('§ 1(4) BDSG: German law applies because the manufacturer is established in Germany', () => {
      expect(s.outcome('german-law')).toEqual(['applies']);
      expect(s.reasons('german-law')).toEqual(['establishment']);
      expect(s.report.nationalLaws.map((law) => [law.act, law.reasons])).toEqual([
        ['BDSG', ['establishment']],
      ]);
    });

    it("§ 38(1) BDSG: the German manufacturer's 25 people at screens make a DPO required, and that alone", () => {
      expect(s.answers['de-automated-processing-staff']).toBe(25);
      expect(s.outcome('dpo')).toEqual(['required']);
      expect(s.reasons('dpo')).toEqual(['bdsg-staff']);
      expect(s.actions).toContain('dpo-appointment');
    });

    it('§ 38(1) BDSG: the same answers for a manufacturer established in the Netherlands require no DPO', () => {
      const dutch = verdicts({ ...s.answers, 'establishment-countries': ['netherlands'] });
      expect(dutch.outcome('dpo')).toEqual(['not-required']);
      expect(dutch.has('german-law')).toBe(false);
    });

    it('Art. 35(1) and WP248: the gate cameras monitor employees, two criteria, so a DPIA is likely though not required outright (Art. 35(3)(c), (4)), and neither one nor a written reason exists', () => {
      expect(s.answers['de-dpia-list']).toEqual(['none-of-these']);
      expect(s.outcome('dpia')).toEqual(['likely']);
      const { itemDeterminations } = evaluateVerdicts(q, s.answers);
      const gate = itemDeterminations
        .find((d) => d.id === 'activity-dpia')
        ?.items.find((i) => i.itemId === 'gate-camera');
      expect(gate?.outcomes.map((o) => o.id)).toEqual(['likely']);
      expect(s.answers['dpia-likely-decision']).toBe('no');
      expect(s.actions).toContain('dpia-likely-decision');
    });

    it('Art. 88 and CJEU C-34/21: a staff notice that still names § 26 BDSG alone is a gap with its action', () => {
      expect(s.answers['de-employee-data']).toBe('partly');
      expect(s.actions).toContain('de-employee-data');
    });
  });

  describe('french-clinic', () => {
    const s = story('french-clinic');

    it('scores 81, not ready, with one critical gap: the whistleblowing channel has no DPIA', () => {
      expect(s.report.overall).toMatchObject({ score: 81, readiness: 'not-ready' });
      expect(s.critical).toEqual(['dpia-not-done']);
      expect(
        s.report.itemActions.filter((a) => a.critical).map((a) => [a.itemId, a.determination]),
      ).toEqual([['whistleblowing', 'activity-dpia']]);
    });

    it('art. 3 loi Informatique et Libertés: French law applies because the clinic is established in France', () => {
      expect(s.outcome('french-law')).toEqual(['applies']);
      expect(s.reasons('french-law')).toEqual(['establishment']);
      expect(s.report.nationalLaws.map((law) => [law.act, law.reasons])).toEqual([
        ['LIL', ['establishment']],
      ]);
    });

    it('Art. 37(1)(c): large-scale health data as its core activity make a DPO required, and one is designated', () => {
      expect(s.outcome('dpo')).toEqual(['required']);
      expect(s.reasons('dpo')).toEqual(['core-sensitive']);
      expect(s.critical).not.toContain('dpo-not-designated');
    });

    it("Art. 35(3)(b) and (4): the clinic's DPIA is required for its large-scale health data and for processing on the CNIL list", () => {
      expect(s.outcome('dpia')).toEqual(['required']);
      expect(s.reasons('dpia')).toEqual(expect.arrayContaining(['art35-3-b', 'fr-list']));
      expect(s.answers['fr-dpia-list']).toEqual([
        'cnil-health-care-establishment',
        'cnil-professional-alerts',
      ]);
    });

    it('art. 30 loi Informatique et Libertés and décret 2019-341: billing the health insurance fund with the NIR is allowed, so no NIR gap', () => {
      expect(s.shown('fr-nir')).toBe(true);
      expect(s.answers['fr-nir']).toBe('yes');
      expect(s.actions).not.toContain('fr-nir');
      expect(s.critical).not.toContain('nir-without-basis');
    });
  });
});
