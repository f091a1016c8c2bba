import { describe, expect, it } from 'vitest';
import { loadExample, withoutProcessors } from '../../tests/helpers/examples';
import { loadShippedQuestionnaire } from '../../tests/helpers/questionnaires';
import { buildReport } from './build-report';
import { CHAPTER_ORDER, reportChapters } from './report-chapters';

const q = loadShippedQuestionnaire();
const webshop = buildReport(q, loadExample('dutch-webshop').answers);
const none = { comparison: false, notes: 0 };

describe('reportChapters', () => {
  it('gives every chapter with something to say, in print order', () => {
    expect(reportChapters(webshop, none)).toEqual([
      'cover',
      'summary',
      'chart',
      'findings',
      'actions',
      'items',
      'record',
      'processors',
      'fines',
      'answers',
      'about',
    ]);
  });

  it('adds the comparison and the workshop notes only when they are given, in their places', () => {
    const all = reportChapters(webshop, { comparison: true, notes: 2 });
    expect(all).toEqual(CHAPTER_ORDER);
  });

  it('leaves out the processor agreements when no processor is used or checked', () => {
    const answers = withoutProcessors(loadExample('dutch-webshop').answers);
    expect(reportChapters(buildReport(q, answers), none)).not.toContain('processors');
  });

  it('leaves out what is scored, done or fined when the GDPR does not reach the organisation', () => {
    const outOfScope = { ...webshop, outOfScope: { exitId: 'gdpr-not-applicable', reasons: [] } };
    expect(reportChapters(outOfScope, { comparison: true, notes: 1 })).toEqual([
      'cover',
      'summary',
      'comparison',
      'notes',
      'answers',
      'about',
    ]);
  });
});
