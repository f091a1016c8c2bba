import { describe, expect, it } from 'vitest';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { loadExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

/**
 * How long the questionnaire is for typical organisations, measured on the shipped
 * example answers: the number of questions each one sees (visible questions, optional ones
 * included; the list of processing activities counts as one) and the number of steps (sections
 * with at least one visible question).
 * The design target for a small web shop is "about 45" questions. The ceiling was 53, with
 * three questions every organisation must answer before the check may rule a duty out:
 * law enforcement (Art. 2(2)(d)), records that reveal special categories such as sick leave
 * (Art. 9(1)), and solely automated decisions, asked with or without profiling (Art. 22).
 * It is 68 since issue 13, and not because the check asks more of the same shop: the list of
 * activities and its completeness question replace the old questions on occasional processing
 * and the DPIA criteria (two in, two out), but the shop's staff administration now shows what its
 * earlier example answers left out, sick-leave records (health data, Art. 9(1) and 4(15)) and the
 * BSN for payroll (Art. 87, UAVG 46). Those bring the questions every employer with such records
 * gets: the sensitive-data step (4), the extended security questions (5), and the BSN,
 * policies, processor checks, informing people of a breach and the DPO assessment (5). The one
 * question more is the law behind the legal obligation the orders and the payroll now name for
 * themselves (Art. 6(1)(c) and (3)): without its staff administration the same shop sees 54.
 */
const q = loadShippedQuestionnaire();
const total = q.sections.reduce((n, s) => n + s.questions.length, 0);

const PERSONAS = [
  { id: 'dutch-webshop', persona: 'small Dutch web shop (controller)' },
  { id: 'crm-saas', persona: 'CRM SaaS (processor and controller)' },
  { id: 'hospital', persona: 'hospital' },
  { id: 'danish-software-vendor', persona: 'Danish SaaS vendor (processor and controller)' },
  { id: 'german-manufacturer', persona: 'German manufacturer with 60 staff' },
  { id: 'french-clinic', persona: 'French private clinic' },
] as const;

function measure(id: string) {
  const { questions, steps } = computeVisibility(q, loadExample(id).answers);
  const visible = [...questions.values()].filter(Boolean).length;
  return { questions: visible, steps: steps.length };
}

const counts = Object.fromEntries(PERSONAS.map(({ id }) => [id, measure(id)]));

/**
 * Written down from a run on the questionnaire of 146 questions in 21 steps. The German, Danish
 * and French modules (12 questions in 3 steps) are not shown to the three Dutch organisations;
 * each of the other three sees its own module only. A change to any of these numbers is a change
 * in how long the check is for someone: update them on purpose.
 */
const EXPECTED = {
  'dutch-webshop': { questions: 68, steps: 16 },
  'crm-saas': { questions: 97, steps: 18 },
  hospital: { questions: 86, steps: 16 },
  'danish-software-vendor': { questions: 85, steps: 18 },
  'german-manufacturer': { questions: 81, steps: 16 },
  'french-clinic': { questions: 80, steps: 16 },
};

/** The step of each national module, by the example established in its country. */
const NATIONAL_STEPS = {
  'dutch-webshop': 'netherlands',
  'danish-software-vendor': 'denmark',
  'german-manufacturer': 'germany',
  'french-clinic': 'france',
} as const;

describe('persona question counts', () => {
  it('each persona sees the number of questions and steps counted for it', () => {
    for (const { id, persona } of PERSONAS) {
      const { questions, steps } = counts[id]!;
      console.log(
        `persona ${id} (${persona}): ${questions} of ${total} questions in ${steps} of ${q.sections.length} steps`,
      );
    }
    expect({ total, steps: q.sections.length }).toEqual({ total: 147, steps: 21 });
    expect(counts).toEqual(EXPECTED);
  });

  it('a small Dutch web shop with staff records sees at most 68 questions (target: about 45)', () => {
    expect(counts['dutch-webshop']!.questions).toBeLessThanOrEqual(68);
  });

  it('the CRM vendor and the hospital see more than the web shop, as their duties are wider', () => {
    const shop = counts['dutch-webshop']!;
    for (const id of ['crm-saas', 'hospital']) {
      expect(counts[id]!.questions).toBeGreaterThan(shop.questions);
      // Not more steps for the hospital any more: the shop's sick-leave records bring it the
      // sensitive-data step too, and neither of them acts as a processor or transfers data.
      expect(counts[id]!.steps).toBeGreaterThanOrEqual(shop.steps);
    }
  });

  it('each country example sees the step of its own national law and of no other', () => {
    const modules = q.nationalModules.flatMap((m) => m.sections);
    for (const [id, own] of Object.entries(NATIONAL_STEPS)) {
      const { steps } = computeVisibility(q, loadExample(id).answers);
      expect(steps.filter((step) => modules.includes(step))).toEqual([own]);
    }
  });
});
