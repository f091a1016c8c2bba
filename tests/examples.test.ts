import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAnswer } from '@/engine/questionnaire/answer-validation';
import {
  evaluateDeterminations,
  evaluateVerdicts,
  isGapAnswer,
} from '@/engine/questionnaire/determinations';
import { ExampleSchema } from '@/engine/questionnaire/example.schema';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { questionnaireIds } from '../scripts/questionnaire-files';
import { exampleFiles, readExample } from './helpers/examples';
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
};

describe('shipped example answer files', () => {
  it('include the four GDPR stories', () => {
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
