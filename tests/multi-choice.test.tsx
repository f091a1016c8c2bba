import { describe, expect, it } from 'vitest';
import { renderApp, seedAssessment } from './helpers/render-app';
import { makeSession } from './helpers/saved-session';

// Scope and organisation answered, so the wizard opens the data step.
const answered = {
  'personal-data': 'yes',
  'household-only': 'no',
  'law-enforcement': 'no',
  'eu-establishment': 'yes',
  'establishment-countries': ['netherlands'],
  'organisation-name': 'Acme',
  employees: 12,
  'public-body': 'no',
};

async function recordsStep() {
  seedAssessment(makeSession({ answers: answered, location: { screen: 'step', stepId: 'data' } }));
  const app = await renderApp('/assessment/data');
  await app.findByText(/Do you keep any of these records/, {}, { timeout: 10_000 });
  const boxes = () =>
    app.getAllByRole('checkbox').filter((box) => box.getAttribute('name') === 'revealing-records');
  const box = (value: string) => {
    const found = boxes().find((b) => b.getAttribute('value') === value);
    if (!(found instanceof HTMLInputElement)) throw new Error(`no option ${value}`);
    return found;
  };
  const ticked = () =>
    boxes()
      .filter((b) => b instanceof HTMLInputElement && b.checked)
      .map((b) => b.getAttribute('value'));
  return { app, box, boxes, ticked };
}

describe('a multi-choice question with a "none of these" option', () => {
  it('clears the other options when "none of these" is ticked', async () => {
    const { app, box, boxes, ticked } = await recordsStep();
    const [first, second] = boxes().map((b) => b.getAttribute('value') ?? '');
    app.fireEvent.click(box(first!));
    app.fireEvent.click(box(second!));
    expect(ticked()).toEqual([first, second]);

    app.fireEvent.click(box('none-of-these'));
    expect(ticked()).toEqual(['none-of-these']);
  });

  it('clears "none of these" when another option is ticked', async () => {
    const { app, box, boxes, ticked } = await recordsStep();
    app.fireEvent.click(box('none-of-these'));
    const [first] = boxes().map((b) => b.getAttribute('value') ?? '');
    app.fireEvent.click(box(first!));
    expect(ticked()).toEqual([first]);
  });
});
