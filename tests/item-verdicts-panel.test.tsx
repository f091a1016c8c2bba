import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedTexts } from '@/i18n/cached-texts';
import { questionnaireNamespace } from '@/i18n/i18n';
import { reportTranslate } from '@/i18n/report-translator';
import reportEn from '@/i18n/locales/report.en.json';
import { buildReport } from '@/report/build-report';
import { ItemActionsPanel } from '@/ui/routes/item-actions-panel';
import { ItemVerdictsPanel } from '@/ui/routes/item-verdicts-panel';
import {
  activitiesQuestionnaire as q,
  addActivitiesTexts,
  orders,
  payroll,
} from './helpers/activities';
import { testI18n } from './helpers/test-i18n';

afterEach(cleanup);

describe('the results per processing activity', () => {
  it('shows each activity with the role reached for it and the articles cited', () => {
    const i18n = testI18n('en');
    addActivitiesTexts(i18n);
    const report = buildReport(q, { 'uses-data': 'yes', activities: [payroll, orders] });
    i18n.addResourceBundle('en', 'report', reportEn);
    render(
      <ItemVerdictsPanel
        verdicts={report.itemVerdicts}
        actions={report.itemActions}
        qt={cachedTexts(i18n, questionnaireNamespace(q.id))}
        t={reportTranslate(i18n, q.id)}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Your processing activities' });
    // The overview: a row per activity with its role (the group's summary) and its actions.
    const rows = within(panel)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Activity', 'Your role in the activity', 'To do'],
      ['Payroll', 'Processor', '0'],
      ['Orders', 'Controller', '1'],
    ]);
    const cards = within(panel).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Payroll',
      'Orders',
    ]);
    expect(cards[0]!.textContent).toContain('Your role in the activity');
    expect(cards[0]!.textContent).toContain(
      'Processor You do it for a client. (Art. 28(3) GDPR, Art. 30(2) GDPR)',
    );
    expect(cards[1]!.textContent).toContain(
      'Controller You decide why and how. (Art. 24(1) GDPR, Art. 30(1) GDPR)',
    );
  });

  it('shows nothing for a group whose list does not count yet', () => {
    const i18n = testI18n('en');
    const report = buildReport(q, { 'uses-data': 'yes', activities: [] });
    const { container } = render(
      <ItemVerdictsPanel
        verdicts={report.itemVerdicts}
        actions={report.itemActions}
        qt={cachedTexts(i18n, questionnaireNamespace(q.id))}
        t={reportTranslate(i18n, q.id)}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});

describe('the actions per processing activity', () => {
  it('lists what to do under each activity that has a gap, with its rank and articles', () => {
    const i18n = testI18n('en');
    addActivitiesTexts(i18n);
    i18n.addResourceBundle('en', 'report', reportEn);
    const shop = { id: 'c', answers: { ...orders.answers, 'activity-name': 'Shop' } };
    const report = buildReport(q, { 'uses-data': 'yes', activities: [payroll, orders, shop] });
    render(
      <ItemActionsPanel
        actions={report.itemActions}
        qt={cachedTexts(i18n, questionnaireNamespace(q.id))}
        t={reportTranslate(i18n, q.id)}
      />,
    );
    const panel = screen.getByRole('region', { name: 'What to do per activity' });
    // Payroll is a client's work, whose client decides how long: it has nothing to do here.
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Orders', 'Shop']);
    const [first] = within(panel).getAllByRole('listitem');
    expect(first!.textContent).toContain(
      'Decide how long to keep the data of this activity, and delete it after that.',
    );
    expect(first!.textContent).toContain('How long the data is kept: No period yet');
    expect(first!.textContent).toContain('Art. 5(1)(e) GDPR, Art. 30(1)(f) GDPR');
    expect(first!.textContent).toContain('Medium');
  });
});
