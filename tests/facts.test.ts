import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdequacyFactsSchema, ConsentAgeFactsSchema } from '@/engine/questionnaire/facts.schema';
import type { Condition } from '@/engine/questionnaire/questionnaire.schema';
import { flagResolver } from '@/engine/questionnaire/visibility';
import { questionnairesDir } from '../scripts/questionnaire-files';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

const factsDir = join(questionnairesDir, 'gdpr-readiness/facts');
const read = (file: string): unknown => JSON.parse(readFileSync(join(factsDir, file), 'utf8'));
const q = loadShippedQuestionnaire();
const questions = q.sections.flatMap((s) => s.questions);

describe('facts files', () => {
  const adequacy = AdequacyFactsSchema.parse(read('adequacy.json'));
  const ages = ConsentAgeFactsSchema.parse(read('consent-ages.json'));

  it('Art. 45: every transfer destination offered is in exactly one adequacy list', () => {
    const destinations = questions.find((x) => x.id === 'transfer-destinations');
    expect(destinations?.type).toBe('multiChoice');
    const options = destinations && destinations.type === 'multiChoice' ? destinations.options : [];
    const listed = [
      ...adequacy.adequate.map((a) => a.option),
      ...adequacy.conditional.map((c) => c.option),
      ...adequacy.notAdequate,
    ];
    expect([...listed].sort()).toEqual([...options].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('Art. 46: the non-adequate flag names exactly the destinations the facts file lists as not adequate', () => {
    const flag = JSON.stringify(q.flags.nonAdequateTransfers);
    const inList = (condition: Condition | undefined): string[] => {
      if (!condition) return [];
      if ('any' in condition) return condition.any.flatMap(inList);
      if ('all' in condition) return condition.all.flatMap(inList);
      if ('in' in condition && condition.question === 'transfer-destinations') return condition.in;
      return [];
    };
    expect(inList(q.flags.nonAdequateTransfers).sort()).toEqual([...adequacy.notAdequate].sort());
    for (const { option } of adequacy.conditional) expect(flag).toContain(`"equals":"${option}"`);
  });

  it('Art. 45: each partial adequacy decision has a follow-up, asked only for its destination, whose "no" needs safeguards and whose "don\'t know" is a check to make', () => {
    for (const { option, question: followUp } of adequacy.conditional) {
      const question = questions.find((x) => x.id === followUp);
      expect(question, followUp).toBeDefined();
      expect(question?.showIf, followUp).toEqual({
        question: 'transfer-destinations',
        equals: option,
      });
      expect(question?.type === 'singleChoice' && question.options, followUp).toEqual(
        expect.arrayContaining(['yes', 'no', 'dont-know']),
      );
      const flags = (value: string) => {
        const flag = flagResolver(q, {
          transfers: 'yes',
          'transfer-destinations': [option],
          [followUp]: value,
        });
        return [flag('nonAdequateTransfers'), flag('adequacyUnverified')];
      };
      expect(flags('yes'), `${followUp}: yes`).toEqual([false, false]);
      expect(flags('no'), `${followUp}: no`).toEqual([true, false]);
      expect(flags('dont-know'), `${followUp}: don't know`).toEqual([false, true]);
    }
  });

  it('Art. 8(1): the Dutch age in the facts file is the one the question texts state', () => {
    expect(ages.ages.NL).toBe(16);
    const en = JSON.parse(
      readFileSync(join(questionnairesDir, 'gdpr-readiness/locales/en.json'), 'utf8'),
    ) as {
      questions: Record<string, { help: string }>;
    };
    expect(en.questions['children-consent']?.help).toContain(String(ages.ages.NL));
  });

  it('says when each file was last checked', () => {
    expect(adequacy.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ages.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
