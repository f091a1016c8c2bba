import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import { processingRecords } from '@/engine/record/processing-record';
import { cachedTexts } from '@/i18n/cached-texts';
import { reportTranslate } from '@/i18n/report-translator';
import reportEn from '@/i18n/locales/report.en.json';
import { RecordPanel } from '@/ui/routes/record-panel';
import {
  activitiesQuestionnaire as q,
  addActivitiesTexts,
  orders,
  payroll,
} from './helpers/activities';
import { testI18n } from './helpers/test-i18n';

afterEach(cleanup);

function renderPanel(answers: Answers) {
  const i18n = testI18n('en');
  const ns = addActivitiesTexts(i18n);
  i18n.addResourceBundle('en', 'report', reportEn);
  return render(
    <RecordPanel
      questionnaire={q}
      records={processingRecords(q, answers)}
      organisation="Fietsen BV"
      t={reportTranslate(i18n, q.id)}
      qt={cachedTexts(i18n, ns)}
    />,
  );
}

describe('the record of processing activities on the results page', () => {
  it('offers each record that has activities, and counts the required fields still empty', () => {
    const described = {
      ...payroll,
      answers: { ...payroll.answers, 'activity-purposes': 'Salary slips' },
    };
    renderPanel({ 'uses-data': 'yes', activities: [described] });
    expect(screen.getByRole('heading', { name: 'Record of processing activities' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Work for clients (1), CSV' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Your own activities/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'The whole record, JSON' })).toBeTruthy();
    // Art. 30(2)(c): whether data goes to third countries is not stated.
    expect(
      screen.getByText('One required field is still empty: it says so in the file.'),
    ).toBeTruthy();
  });

  it('is not there without activities, nor when the answers hide the list', () => {
    expect(renderPanel({ 'uses-data': 'yes', activities: [] }).container.innerHTML).toBe('');
    cleanup();
    expect(renderPanel({ 'uses-data': 'no', activities: [orders] }).container.innerHTML).toBe('');
  });
});
