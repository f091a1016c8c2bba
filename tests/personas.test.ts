import { describe, expect, it } from 'vitest';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { loadExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

/**
 * How long the questionnaire is for three typical organisations, measured on the shipped
 * example answers: the number of questions each one sees (visible questions, optional ones
 * included) and the number of steps (sections with at least one visible question).
 * The design target for a small web shop is "about 45" questions. The ceiling is 53 since
 * three questions every organisation must answer before the check may rule a duty out:
 * law enforcement (Art. 2(2)(d)), records that reveal special categories such as sick leave
 * (Art. 9(1)), and solely automated decisions, asked with or without profiling (Art. 22).
 */
const q = loadShippedQuestionnaire();
const total = q.sections.reduce((n, s) => n + s.questions.length, 0);

const PERSONAS = [
  { id: 'dutch-webshop', persona: 'small Dutch web shop (controller)' },
  { id: 'crm-saas', persona: 'CRM SaaS (processor and controller)' },
  { id: 'hospital', persona: 'hospital' },
] as const;

function measure(id: string) {
  const { questions, steps } = computeVisibility(q, loadExample(id).answers);
  const visible = [...questions.values()].filter(Boolean).length;
  return { questions: visible, steps: steps.length };
}

const counts = Object.fromEntries(PERSONAS.map(({ id }) => [id, measure(id)]));

/**
 * Written down from a run on the questionnaire of 137 questions in 17 steps. A change to any of
 * these numbers is a change in how long the check is for someone: update them on purpose.
 */
const EXPECTED = {
  'dutch-webshop': { questions: 53, steps: 14 },
  'crm-saas': { questions: 92, steps: 16 },
  hospital: { questions: 87, steps: 15 },
};

describe('persona question counts', () => {
  it('each persona sees the number of questions and steps counted for it', () => {
    for (const { id, persona } of PERSONAS) {
      const { questions, steps } = counts[id]!;
      console.log(
        `persona ${id} (${persona}): ${questions} of ${total} questions in ${steps} of ${q.sections.length} steps`,
      );
    }
    expect({ total, steps: q.sections.length }).toEqual({ total: 137, steps: 17 });
    expect(counts).toEqual(EXPECTED);
  });

  it('a small Dutch web shop sees at most 53 questions (target: about 45)', () => {
    expect(counts['dutch-webshop']!.questions).toBeLessThanOrEqual(53);
  });

  it('the CRM vendor and the hospital see more than the web shop, as their duties are wider', () => {
    const shop = counts['dutch-webshop']!;
    for (const id of ['crm-saas', 'hospital']) {
      expect(counts[id]!.questions).toBeGreaterThan(shop.questions);
      expect(counts[id]!.steps).toBeGreaterThan(shop.steps);
    }
  });
});
