import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenLocale } from '@/engine/questionnaire/locale-keys';
import { repoRoot } from '../scripts/questionnaire-files';

/**
 * The Dutch texts use the words of the official Dutch versions of the AVG and
 * the UAVG, so that a reader can find them back in the law: "zonder onredelijke
 * vertraging" (Art. 33), "onverwijld" (Art. 12(3), 34), "bijzondere
 * categorieën van persoonsgegevens" (Art. 9), "persoonsgegevens van
 * strafrechtelijke aard" (UAVG art. 1), "functionaris voor
 * gegevensbescherming" who is "aangewezen" (Art. 37), "gezamenlijke
 * verwerkingsverantwoordelijken" (Art. 26), "Uitvoeringsbesluit (EU)
 * 2021/914" for the standard contractual clauses, which it calls
 * "standaardcontractbepalingen", and "monitoring" for Art. 35(3)(c).
 */
const DUTCH_FILES = [
  'questionnaires/gdpr-readiness/locales/nl.json',
  'src/i18n/locales/nl.json',
  'src/i18n/locales/report.nl.json',
  'src/i18n/locales/workflow.nl.json',
  'src/knowledge/locales/dpa.nl.json',
  'src/knowledge/locales/faq.nl.json',
  'src/knowledge/locales/glossary.nl.json',
];

const read = (file: string) =>
  flattenLocale(JSON.parse(readFileSync(join(repoRoot, file), 'utf8'))).entries;

const texts = DUTCH_FILES.flatMap((file) =>
  [...read(file)].map(([key, text]) => ({ where: `${file} ${key}`, text })),
);
const questionnaire = read('questionnaires/gdpr-readiness/locales/nl.json');
const glossary = read('src/knowledge/locales/glossary.nl.json');
const text = (key: string) => questionnaire.get(key) ?? '';

/** Where a pattern occurs in the Dutch texts, as "file key: …match…". */
function occurrences(pattern: RegExp): string[] {
  return texts.flatMap(({ where, text }) => {
    const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
    return match ? [`${where}: …${match[0]}…`] : [];
  });
}

describe('Dutch terminology follows the AVG and UAVG', () => {
  it('has Dutch texts to check', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it('Art. 33(1) and 34(1): a breach is notified "zonder onredelijke vertraging", people are informed "onverwijld"', () => {
    expect(occurrences(/onnodige vertraging/i)).toEqual([]);
    const breach = text('questions.breach-procedure.help');
    expect(breach).toMatch(/zonder onredelijke vertraging[^.]*artikel 33, lid 1/);
    expect(breach).toMatch(/onverwijld informeren/);
    expect(text('questions.breach-inform-people.help')).toMatch(/onverwijld/);
    expect(text('questions.breach-inform-people.help')).not.toMatch(/vertraging/);
  });

  it('Art. 12(3): requests are answered "onverwijld en in ieder geval binnen een maand"', () => {
    expect(text('questions.rights-request-handling.help')).toMatch(
      /onverwijld en in ieder geval binnen een maand/,
    );
  });

  it('Art. 9: "bijzondere categorieën van persoonsgegevens", not "bijzondere persoonsgegevens"', () => {
    expect(occurrences(/bijzondere? persoonsgegeven/i)).toEqual([]);
    expect(glossary.get('terms.special-categories.term')).toBe(
      'Bijzondere categorieën van persoonsgegevens',
    );
  });

  it('Art. 10 and UAVG 1: "persoonsgegevens van strafrechtelijke aard", explained as wider than Art. 10', () => {
    expect(occurrences(/strafrechtelijke (persoons)?gegevens/i)).toEqual([]);
    const help = text('questions.criminal-data.help');
    expect(help).toMatch(/persoonsgegevens van strafrechtelijke aard/);
    expect(help).toMatch(/contact- of straatverbod/);
    expect(help).toMatch(/artikel 1 UAVG/);
    expect(glossary.get('terms.criminal-offence-data.definition')).toMatch(/ruimer dan artikel 10/);
  });

  it('Art. 37: a "functionaris voor gegevensbescherming" is "aangewezen", not "aangesteld" or "benoemd"', () => {
    expect(occurrences(/functionaris gegevensbescherming/i)).toEqual([]);
    expect(occurrences(/(\bFG\b|functionaris)[^.?]{0,80}(aanstel|aangesteld|benoem)/i)).toEqual([]);
    expect(occurrences(/(aanstel|aangesteld|benoem)[^.?]{0,80}(\bFG\b|functionaris)/i)).toEqual([]);
    expect(glossary.get('terms.data-protection-officer.term')).toBe(
      'Functionaris voor gegevensbescherming (FG)',
    );
    expect(text('sections.dpo.intro')).toMatch(/functionaris voor gegevensbescherming aanwijzen/);
  });

  it('Art. 26: "gezamenlijke verwerkingsverantwoordelijken"', () => {
    expect(occurrences(/gezamenlijk verwerkingsverantwoordelijke/i)).toEqual([]);
    expect(text('questions.joint-control.label')).toMatch(
      /gezamenlijke verwerkingsverantwoordelijken/,
    );
  });

  it('Art. 46(2)(c): the clauses are "standaardcontractbepalingen", the word of Uitvoeringsbesluit (EU) 2021/914', () => {
    // "Modelcontractbepalingen" was the word of the decisions of 2001 to 2010 that 2021/914 replaced.
    expect(occurrences(/modelcontractbepaling/i)).toEqual([]);
    expect(text('options.standard-contractual-clauses')).toBe(
      "Standaardcontractbepalingen (SCC's)",
    );
    expect(text('questions.activity-transfer-tool.help')).toMatch(
      /standaardcontractbepalingen van de Europese Commissie \(Uitvoeringsbesluit \(EU\) 2021\/914/,
    );
  });

  it('Art. 35(3)(c): "stelselmatige en grootschalige monitoring", not "toezicht", which is Art. 10\'s and the AP\'s word', () => {
    expect(text('questions.activity-public-area.label')).toMatch(
      /stelselmatige en grootschalige monitoring van een openbaar toegankelijke ruimte/,
    );
    for (const key of [
      'determinations.activity-dpia.outcomes.required.reasons.art35-3-c',
      'determinations.activity-dpia.outcomes.unclear.reasons.public-area-unknown',
    ]) {
      expect(text(key)).toMatch(/monitor/);
      expect(text(key)).not.toMatch(/toezicht/);
    }
  });

  it('Art. 46(2)(c) and 28(7): the Commission clauses are an "Uitvoeringsbesluit"', () => {
    expect(occurrences(/(?<!Uitvoerings)besluit \(EU\) 2021\/91[45]/i)).toEqual([]);
    expect(text('questions.transfer-safeguards.help')).toMatch(
      /Uitvoeringsbesluit \(EU\) 2021\/914/,
    );
  });
});

describe('the label for article references', () => {
  const label = (file: string, key: string) => read(file).get(key) ?? '';

  it('Art. 6: citations are labelled "legal reference", never "legal basis" or "grondslag", which name the Art. 6 basis', () => {
    const labels = [
      label('src/i18n/locales/en.json', 'step.legalReference'),
      label('src/i18n/locales/nl.json', 'step.legalReference'),
      label('src/i18n/locales/report.en.json', 'summary.basisColumn'),
      label('src/i18n/locales/report.nl.json', 'summary.basisColumn'),
    ];
    expect(labels).toEqual([
      'Legal reference: {{refs}}',
      'Wettelijke verwijzing: {{refs}}',
      'Legal reference',
      'Wettelijke verwijzing',
    ]);
  });
});
