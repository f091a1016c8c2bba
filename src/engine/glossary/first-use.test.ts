import { describe, expect, it } from 'vitest';
import { termsByFirstUse, type TermForms } from './first-use';

const labels: Record<string, string> = {
  intro: 'Who is your Data Protection Officer (DPO)?',
  vendors: 'Do your processors sign a processing agreement?',
  breach: 'Would a processor tell you about a data breach?',
  budget: 'Is there a budget for the c++ tooling?',
  reprocess: 'Do you reprocess old records?',
};
const order = Object.keys(labels);
const label = (id: string) => labels[id] ?? '';

const explained = (terms: readonly TermForms[], questionIds = order) =>
  Object.fromEntries(termsByFirstUse(terms, questionIds, label));

describe('termsByFirstUse', () => {
  it('explains a term at its first question only', () => {
    expect(explained([{ id: 'processor', forms: ['processor', 'processors'] }])).toEqual({
      vendors: ['processor'],
    });
  });

  it('follows the questionnaire’s order, not the order of the labels given', () => {
    expect(
      explained([{ id: 'processor', forms: ['processor'] }], ['budget', 'breach', 'vendors']),
    ).toEqual({ breach: ['processor'] });
  });

  it('matches whole words in any case, never part of another word', () => {
    expect(explained([{ id: 'dpo', forms: ['dpo'] }])).toEqual({ intro: ['dpo'] });
    expect(explained([{ id: 'process', forms: ['process'] }])).toEqual({});
  });

  it('matches a phrase, and takes characters that mean something in a pattern literally', () => {
    expect(
      explained([
        { id: 'breach', forms: ['data breach'] },
        { id: 'cpp', forms: ['c++'] },
        { id: 'dot', forms: ['a.b'] },
      ]),
    ).toEqual({ breach: ['breach'], budget: ['cpp'] });
  });

  it('lists several terms first used in one question in glossary order', () => {
    expect(
      explained([
        { id: 'dpo', forms: ['data protection officer'] },
        { id: 'vendor', forms: ['nobody writes this'] },
        { id: 'officer', forms: ['officer'] },
      ]),
    ).toEqual({ intro: ['dpo', 'officer'] });
  });

  it('treats accented letters as part of a word, and matches across case in any script', () => {
    const accented: Record<string, string> = {
      fr: 'Les données sont-elles transférées hors de l’UE ?',
      de: 'Gibt es eine Übermittlung an Auftragsverarbeiter?',
      nl: 'Heeft u een verwerkersovereenkomst met elke verwerker?',
    };
    const found = termsByFirstUse(
      [
        { id: 'donnee', forms: ['donnée'] },
        { id: 'transfer', forms: ['ÜBERMITTLUNG'] },
        { id: 'processor', forms: ['verwerker'] },
      ],
      Object.keys(accented),
      (id) => accented[id] ?? '',
    );
    expect(Object.fromEntries(found)).toEqual({ de: ['transfer'], nl: ['processor'] });
  });
});
