import { describe, expect, it } from 'vitest';
import { renderApp, seedAssessment } from './helpers/render-app';
import { makeSession } from './helpers/saved-session';

const inScope = {
  'personal-data': 'yes',
  'household-only': 'no',
  'law-enforcement': 'no',
  'eu-establishment': 'yes',
  'establishment-countries': ['netherlands'],
};

describe('a step form', () => {
  it('says a required answer is missing, under the question, and puts focus on it', async () => {
    const app = await renderApp('/assessment/scope');
    await app.findByRole(
      'heading',
      { level: 1, name: 'Does the GDPR apply to you?' },
      { timeout: 10_000 },
    );
    app.fireEvent.click(app.getByRole('button', { name: 'Next' }));

    const error = await app.findByText('Please answer this question.', {
      selector: '#error-personal-data',
    });
    const [first] = app
      .getAllByRole('radio')
      .filter((r) => r.getAttribute('name') === 'personal-data');
    const group = first?.closest('fieldset');
    expect(group?.getAttribute('aria-invalid')).toBe('true');
    expect(group?.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(first);
  });

  it('refuses a number written the English way in Dutch, and says how to write it', async () => {
    seedAssessment(
      makeSession({
        answers: { ...inScope, 'organisation-name': 'Acme' },
        location: { screen: 'step', stepId: 'organisation' },
      }),
    );
    const app = await renderApp('/assessment/organisation', { language: 'nl' });
    const employees = await app.findByLabelText(/Hoeveel mensen/, {}, { timeout: 10_000 });
    app.fireEvent.change(employees, { target: { value: '1,500' } });
    app.fireEvent.click(app.getByRole('button', { name: 'Volgende' }));

    const error = await app.findByText(/In het Nederlands schrijf je duizendtallen met een punt/, {
      selector: '#error-employees',
    });
    expect(employees.getAttribute('aria-describedby')).toContain(error.id);
    expect(employees.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(employees);
  });
});
