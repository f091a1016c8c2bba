import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { parseQuestionnaireTexts } from '@/engine/questionnaire/parse-questionnaire';
import { testI18n } from './helpers/test-i18n';

vi.mock('@/app/questionnaire-source', () => ({
  DEFAULT_QUESTIONNAIRE: 'broken',
  loadQuestionnaire: () =>
    Promise.resolve(
      parseQuestionnaireTexts(
        {
          file: 'questionnaires/broken/questionnaire.json',
          text: '{"schemaVersion": 1, "id": "Broken Id"',
        },
        {},
      ),
    ),
}));

describe('a broken questionnaire file', () => {
  it('shows an error page that lists each problem with file and JSON path, in the chosen language', async () => {
    const { WizardRoot } = await import('@/app/wizard-root');
    render(
      <I18nextProvider i18n={testI18n('nl')}>
        <MemoryRouter initialEntries={['/']}>
          <Routes>
            <Route element={<WizardRoot />}>
              <Route path="/" element={<p>wizard</p>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </I18nextProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'De vragenlijst kon niet worden geladen' }),
    ).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('questionnaires/broken/questionnaire.json $');
    expect(items[0]?.textContent).toContain('not valid JSON');
    expect(screen.queryByText('wizard')).toBeNull();
  });
});
