import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionnaireSchema } from '@/engine/questionnaire/questionnaire.schema';
import { cachedTexts } from '@/i18n/cached-texts';
import { questionnaireNamespace } from '@/i18n/i18n';
import { reportTranslate } from '@/i18n/report-translator';
import reportEn from '@/i18n/locales/report.en.json';
import { RecordPanel } from '@/ui/routes/record-panel';
import activitiesEn from './fixtures/questionnaires/activities/locales/en.json';
import activities from './fixtures/questionnaires/activities/questionnaire.json';
import { testI18n } from './helpers/test-i18n';

afterEach(cleanup);

// The fixture's validity is checked with the other fixtures (tests/questionnaires.test.ts).
const q = QuestionnaireSchema.parse(activities);

function renderPanel(answers: Parameters<typeof RecordPanel>[0]['answers']) {
  const i18n = testI18n('en');
  i18n.addResourceBundle('en', questionnaireNamespace(q.id), activitiesEn);
  i18n.addResourceBundle('en', 'report', reportEn);
  return render(
    <RecordPanel
      questionnaire={q}
      answers={answers}
      organisation="Fietsen BV"
      t={reportTranslate(i18n, q.id)}
      qt={cachedTexts(i18n, questionnaireNamespace(q.id))}
    />,
  );
}

describe('the record of processing activities on the results page', () => {
  it('offers each record that has activities, and counts the required fields still empty', () => {
    renderPanel({
      activities: [
        {
          id: 'a',
          answers: {
            'activity-name': 'Payroll',
            'activity-role': 'processor',
            'activity-client': 'Bakery Jansen',
            'activity-purposes': 'Salary slips',
          },
        },
      ],
    });
    expect(screen.getByRole('heading', { name: 'Record of processing activities' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Work for clients (1), CSV' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Your own activities/ })).toBeNull();
    // Art. 30(2)(c): whether data goes to third countries is not stated.
    expect(
      screen.getByText('One required field is still empty: it says so in the file.'),
    ).toBeTruthy();
  });

  it('is not there without activities', () => {
    const { container } = renderPanel({ activities: [] });
    expect(container.innerHTML).toBe('');
  });
});
