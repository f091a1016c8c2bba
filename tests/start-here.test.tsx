import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExampleSchema } from '@/engine/questionnaire/example.schema';
import shop from '../questionnaires/gdpr-readiness/examples/dutch-webshop.json';
import hospital from '../questionnaires/gdpr-readiness/examples/hospital.json';
import { renderApp, seedAssessment } from './helpers/render-app';
import { makeSession } from './helpers/saved-session';

describe('the results page of a small web shop', () => {
  it('opens with "Start here" and gives each action its facts with captions', async () => {
    const example = ExampleSchema.parse(shop);
    seedAssessment(
      makeSession({
        answers: example.answers,
        location: { screen: 'complete' },
        completedAt: '2026-12-01T10:00:00.000Z',
      }),
    );
    const app = await renderApp('/results');
    const heading = await app.findByRole('heading', { name: 'Start here' }, { timeout: 20_000 });
    const startHere = heading.closest('section')!;
    const steps = within(startHere).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.length).toBeLessThanOrEqual(5);
    // It comes right after the score, before the chart and the determinations.
    const chart = app.getByRole('heading', { name: 'Readiness by section' });
    expect(heading.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(startHere.textContent).toMatch(/Write a short breach procedure/);
    expect(within(steps[0]!).getByText('Priority').tagName).toBe('DT');
    for (const caption of ['Priority', 'Fine tier', 'Article', 'Effort', 'Suggested owner'])
      expect(within(startHere).getAllByText(caption).length).toBeGreaterThan(0);
    // A twelve-person shop has no Legal or Procurement department.
    expect(within(startHere).getAllByText('Owner, manager or board').length).toBeGreaterThan(0);

    // The plan: the phases, each action with its captioned facts and its owner and due date.
    for (const phase of ['Now', 'Within 3 months', 'Later'])
      expect(app.getByRole('heading', { name: phase, level: 3 })).toBeTruthy();
    const now = app.getByRole('heading', { name: 'Now', level: 3 }).closest('section')!;
    const first = within(now).getAllByRole('listitem')[0]!;
    expect(within(first).getByText('Start here, step 1')).toBeTruthy();
    const facts = first.querySelector('dl')!;
    const pairs = [...facts.querySelectorAll('div')].map((d) => [
      d.querySelector('dt')?.textContent,
      d.querySelector('dd')?.textContent,
    ]);
    expect(pairs.map(([dt]) => dt)).toEqual([
      'Priority',
      'Fine tier',
      'Article',
      'Effort',
      'Suggested owner',
    ]);
    expect(pairs[0]![1]).toBe('High');
    expect(within(first).getByRole('textbox', { name: /Owner/ })).toBeTruthy();
    // Four critical gaps: the overall words say so, from the same scale as the sections'.
    const overall = app.getByRole('heading', { name: 'Overall readiness' }).closest('section')!;
    expect(within(overall).getByText('Not ready')).toBeTruthy();
  }, 60_000);
});

describe('the results page of a hospital whose regional record lacks its DPIA', () => {
  it("Art. 35(1): marks the activity's DPIA as a critical action to do now", async () => {
    seedAssessment(
      makeSession({
        answers: ExampleSchema.parse(hospital).answers,
        location: { screen: 'complete' },
        completedAt: '2026-12-01T10:00:00.000Z',
      }),
    );
    const app = await renderApp('/results');
    const heading = await app.findByRole('heading', { name: 'Now', level: 3 }, { timeout: 20_000 });
    const now = heading.closest('section')!;
    const item = within(now)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Regional electronic patient record'));
    expect(item).toBeDefined();
    expect(within(item!).getByText('Critical')).toBeTruthy();
  }, 60_000);

  it('Art. 5(2): says in plain words when two answers disagree, and asks which is true', async () => {
    const example = ExampleSchema.parse(shop);
    seedAssessment(
      makeSession({
        answers: {
          ...example.answers,
          'lawful-bases': ['dont-know-bases'],
          'lawful-basis-recorded': 'yes',
        },
        location: { screen: 'complete' },
        completedAt: '2026-12-01T10:00:00.000Z',
      }),
    );
    const app = await renderApp('/results');
    await app.findByRole('heading', { name: 'Start here' }, { timeout: 20_000 });
    const now = app.getByRole('heading', { name: 'Now', level: 3 }).closest('section')!;
    const sentence = within(now).getByText(/^Your answers disagree: you said “I don't know/);
    expect(sentence.textContent).toContain('and also “Yes” to “Have you recorded');
    expect(sentence.textContent).toContain('Check which is true');
    // The plain "find out" hint would repeat it.
    const action = sentence.closest('li')!;
    expect(within(action).queryByText(/First find out/)).toBeNull();
  }, 60_000);
});
