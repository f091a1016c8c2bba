import { describe, expect, it } from 'vitest';
import { Library } from '@/engine/library/library';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import { serializeExport } from '@/engine/transfer/serialize-export';
import { renderApp } from './helpers/render-app';
import { makeSession } from './helpers/saved-session';

const agreed: Answers = { 'organisation-name': 'Acme', employees: 12 };

function exportFile(name: string, answers: Answers): File {
  const text = serializeExport([
    { name, createdAt: '2026-12-01T09:00:00.000Z', session: makeSession({ answers }) },
  ]);
  return new File([text], `${name}.json`, { type: 'application/json' });
}

function storedAnswers(): unknown {
  const library = new Library({
    getItem: (key) => localStorage.getItem(key),
    setItem: (key, value) => localStorage.setItem(key, value),
    removeItem: (key) => localStorage.removeItem(key),
    keys: () => Object.keys(localStorage),
  });
  const id = library.activeId();
  const raw = id === null ? null : library.read(id);
  return raw === null ? null : (JSON.parse(raw) as { answers: unknown }).answers;
}

describe('the merge page', () => {
  it('settles a conflict with the side chosen, and the merged assessment holds it', async () => {
    const app = await renderApp('/assessments/merge');
    const input = await app.findByLabelText(/Add participants' files/, {}, { timeout: 10_000 });
    app.fireEvent.change(input, {
      target: {
        files: [
          exportFile('Anna', { ...agreed, employees: 12, 'public-body': 'no' }),
          exportFile('Bo', { ...agreed, employees: 40, 'public-body': 'no' }),
        ],
      },
    });

    const group = await app.findByRole('group', { name: /How many people work for/ });
    const bo = app.getByRole('radio', { name: '40 (Bo)' });
    expect(group.contains(bo)).toBe(true);
    expect(app.getByRole('status').textContent).toContain('Questions still to settle: 1.');

    app.fireEvent.click(bo);
    expect(bo).toHaveProperty('checked', true);
    expect(app.getByRole('radio', { name: '12 (Anna)' })).toHaveProperty('checked', false);
    expect(app.getByRole('status').textContent).toContain('Questions still to settle: 0.');

    app.fireEvent.click(app.getByRole('button', { name: 'Create merged assessment' }));
    expect(storedAnswers()).toEqual({ ...agreed, employees: 40, 'public-body': 'no' });
  });
});
