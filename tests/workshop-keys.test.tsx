import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './helpers/render-app';

describe('the presenter view’s keys', () => {
  it('answers the question on screen with a number key, and moves on once it is answered', async () => {
    const app = await renderApp('/workshop/assessment/scope');
    const heading = await app.findByRole(
      'heading',
      { level: 1, name: /Does your organisation handle personal data/ },
      { timeout: 10_000 },
    );
    const press = (key: string) =>
      app.fireEvent.keyDown(document.activeElement ?? document.body, { key });
    const radios = () =>
      app.getAllByRole('radio').filter((r): r is HTMLInputElement => r instanceof HTMLInputElement);
    const chosen = () => radios().filter((r) => r.checked);
    expect(chosen()).toEqual([]);
    expect(document.activeElement).toBe(heading);

    press('2');
    expect(chosen()).toEqual([radios()[1]]);
    expect(document.activeElement).toBe(radios()[1]);

    press('1');
    await waitFor(() => expect(chosen().map((r) => r.value)).toEqual(['yes']));

    // Moving on passes the step form's rules only if the key really answered the question.
    press('ArrowRight');
    await app.findByRole('heading', { level: 1, name: /private individual .* household purposes/ });
  });

  it('does not move on from an unanswered required question', async () => {
    const app = await renderApp('/workshop/assessment/scope');
    await app.findByRole(
      'heading',
      { level: 1, name: /Does your organisation handle personal data/ },
      { timeout: 10_000 },
    );
    app.fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowRight' });
    expect(await app.findByRole('alert')).toHaveProperty(
      'textContent',
      'Please answer this question.',
    );
  });
});
