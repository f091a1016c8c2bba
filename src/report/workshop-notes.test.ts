import { describe, expect, it } from 'vitest';
import { questionnaire, webshop } from '../../tests/helpers/transfer';
import { mergeSessions, resolveMerge } from '../engine/merge/merge-sessions';
import { buildReport } from './build-report';
import { workshopNotes, type QuestionOrder } from './workshop-notes';

const QUESTION = 'privacy-notice';

const order: QuestionOrder = [
  {
    sectionId: 'scope',
    questions: [
      { questionId: 'a', shown: true },
      { questionId: 'b', shown: false },
    ],
  },
  {
    sectionId: 'security',
    questions: [
      { questionId: 'c', shown: true },
      { questionId: 'd', shown: true },
    ],
  },
];

describe('workshopNotes', () => {
  it('lists noted and parked questions in questionnaire order, whatever order they were made in', () => {
    const notes = workshopNotes(order, { d: 'Ask IT', a: 'Check the contract' }, ['c', 'a']);
    expect(notes).toEqual([
      { questionId: 'a', sectionId: 'scope', paragraphs: ['Check the contract'], parked: true },
      { questionId: 'c', sectionId: 'security', paragraphs: [], parked: true },
      { questionId: 'd', sectionId: 'security', paragraphs: ['Ask IT'], parked: false },
    ]);
  });

  it('keeps a note on a question now hidden, but not a parked one without a note', () => {
    expect(workshopNotes(order, { b: 'Said before the scope changed' }, ['b'])).toEqual([
      {
        questionId: 'b',
        sectionId: 'scope',
        paragraphs: ['Said before the scope changed'],
        parked: false,
      },
    ]);
    expect(workshopNotes(order, {}, ['b'])).toEqual([]);
  });

  it('leaves out blank notes and splits paragraphs at blank lines', () => {
    expect(workshopNotes(order, { a: ' \n ', c: 'One\nline two\n\n  Two  ' }, [])).toEqual([
      {
        questionId: 'c',
        sectionId: 'security',
        paragraphs: ['One\nline two', 'Two'],
        parked: false,
      },
    ]);
  });

  it('says who wrote what in a merged assessment, one paragraph per participant', () => {
    const one = (note: string, parked: string[]) => ({
      ...webshop,
      notes: { [QUESTION]: note },
      parked,
    });
    const result = mergeSessions(questionnaire, [
      { name: 'Anna', session: one('We have a template', [QUESTION]) },
      { name: 'Bram', session: one('Not published yet', []) },
    ]);
    if (!result.ok) throw new Error('merge refused');
    const session = resolveMerge(questionnaire, result.merge);
    const model = buildReport(questionnaire, session.answers, session.actionPlan);
    const listed = workshopNotes(model.answers, session.notes, session.parked);
    expect(listed).toEqual([
      expect.objectContaining({
        questionId: QUESTION,
        paragraphs: ['Anna: We have a template', 'Bram: Not published yet'],
        parked: true,
      }),
    ]);
    expect(session.team).toEqual({ participants: 'Anna, Bram' });
  });
});
