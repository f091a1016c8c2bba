import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldValue } from '@/engine/answers/field-value';
import { cachedTexts } from '@/i18n/cached-texts';
import { ItemList } from '@/ui/questions/item-list';
import type { AnswerTexts } from '@/ui/questions/question-props';
import { activitiesGroup as group, addActivitiesTexts } from './helpers/activities';
import { testI18n } from './helpers/test-i18n';

function texts(): AnswerTexts {
  const i18n = testI18n('en');
  const ns = addActivitiesTexts(i18n);
  return {
    t: i18n.t,
    qt: cachedTexts(i18n, ns),
    language: 'en',
    i18n,
  };
}

/** The list in a form of its own, with every change kept as the step form keeps it. */
function renderList(initial: FieldValue = []) {
  const changes: FieldValue[] = [];
  const shared = texts();
  function Harness() {
    const [value, setValue] = useState<FieldValue>(initial);
    return (
      <ItemList
        question={group}
        value={value}
        onChange={(next) => {
          changes.push(next);
          setValue(next);
        }}
        onBlur={() => undefined}
        label="Your processing activities"
        hint={null}
        describedBy={undefined}
        invalid={false}
        inputRef={() => undefined}
        texts={shared}
      />
    );
  }
  render(<Harness />);
  return { changes, last: () => changes.at(-1) };
}

const items = () => screen.queryAllByRole('listitem');
const click = (name: RegExp | string, scope: HTMLElement = document.body) =>
  act(() => fireEvent.click(within(scope).getByRole('button', { name })));

afterEach(cleanup);

describe('a repeatable group in a step', () => {
  it('adds an item, opens it, and moves focus to its first field', async () => {
    const { last } = renderList();
    expect(screen.getByText('None added yet.')).toBeTruthy();
    await click('Add an activity');
    expect(items()).toHaveLength(1);
    const name = screen.getByLabelText('Name');
    expect(document.activeElement).toBe(name);
    await act(() => fireEvent.change(name, { target: { value: 'Customer orders' } }));
    await act(() => fireEvent.click(screen.getByLabelText('Processor')));
    // The client question shows only for a processor's activity.
    expect(screen.getByLabelText('For which client?')).toBeTruthy();
    expect(last()).toEqual([
      {
        id: expect.stringMatching(/^i[0-9a-f]+$/) as string,
        answers: { 'activity-name': 'Customer orders', 'activity-role': 'processor' },
      },
    ]);
    expect(screen.getByRole('status').textContent).toBe('Activity 1 added.');
  });

  it('starts an item from a template, named after it and shown open to be checked', async () => {
    const { last } = renderList();
    await act(() =>
      fireEvent.change(screen.getByLabelText('Or start from'), { target: { value: 'payroll' } }),
    );
    await click(/^Add$/);
    // The template holds no name: the item takes the template's name, which the person can edit.
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Payroll');
    expect(screen.getByLabelText<HTMLInputElement>('Controller').checked).toBe(true);
    expect(last()).toMatchObject([
      { answers: { 'activity-name': 'Payroll', 'activity-role': 'controller' } },
    ]);
  });

  it('copies an item next to itself under a name of its own', async () => {
    const { last } = renderList([
      { id: 'a', answers: { 'activity-name': 'Payroll' } },
      { id: 'b', answers: { 'activity-name': 'Orders' } },
    ]);
    await click('Copy: Payroll');
    expect(items().map((li) => li.querySelector('.item-title')?.textContent)).toEqual([
      'Payroll',
      'Payroll (copy)',
      'Orders',
    ]);
    expect(last()).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('removes an item, and puts it back in its place on request', async () => {
    const start = [
      { id: 'a', answers: { 'activity-name': 'Payroll' } },
      { id: 'b', answers: { 'activity-name': 'Orders' } },
    ];
    const { last } = renderList(start);
    await click('Remove: Payroll');
    expect(last()).toEqual([start[1]]);
    const undo = screen.getByRole('button', { name: 'Put back Payroll' });
    expect(document.activeElement).toBe(undo);
    await click('Put back Payroll');
    expect(last()).toEqual(start);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit: Payroll' }));
  });

  it('closes an item with Done and returns focus to its Edit button', async () => {
    renderList([{ id: 'a', answers: { 'activity-name': 'Payroll' } }]);
    await click('Edit: Payroll');
    expect(
      screen.getByRole('button', { name: 'Done: Payroll' }).getAttribute('aria-expanded'),
    ).toBe('true');
    await click('Done: Payroll');
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit: Payroll' }));
  });
});
