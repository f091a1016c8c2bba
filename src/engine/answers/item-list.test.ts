import { describe, expect, it } from 'vitest';
import { loadFixtureQuestionnaire } from '../../../tests/helpers/questionnaires';
import type { RepeatableQuestion, RepeatedItem } from '../questionnaire/questionnaire.schema';
import {
  addFromTemplate,
  addItem,
  duplicateItem,
  newItemId,
  removeItem,
  restoreItem,
  setItemAnswer,
} from './item-list';

const group = loadFixtureQuestionnaire('activities').sections[1]!
  .questions[0] as RepeatableQuestion;
// Predictable ids: each call gives the next of a fixed list.
const ids = (...values: string[]) => {
  let n = 0;
  return () => values[n++] ?? `fallback-${n}`;
};

describe('item lists', () => {
  it('gives each new item an id no other item has', () => {
    const items = [{ id: 'iaaaa', answers: {} }];
    expect(newItemId(items, ids('aaaa', 'bbbb'))).toBe('ibbbb');
  });

  it('adds an item from a template, as a copy the template does not share', () => {
    const template = group.templates[0]!.answers;
    const [item] = addItem([], template, ids('1'));
    expect(item).toEqual({ id: 'i1', answers: template });
    expect(item!.answers).not.toBe(template);
  });

  it("names an item from a template after the template, in the person's language", () => {
    const template = group.templates.find((x) => x.answers['activity-name'] === undefined)!;
    const [item] = addFromTemplate(group, [], template.id, 'Nieuwsbrief', ids('1'));
    expect(item).toEqual({
      id: 'i1',
      answers: { ...template.answers, 'activity-name': 'Nieuwsbrief' },
    });
    expect(addFromTemplate(group, [], 'no-such-template', 'X')).toEqual([]);
  });

  it('copies an item right after itself, its name marked as a copy', () => {
    const items: RepeatedItem[] = [
      { id: 'a', answers: { 'activity-name': 'Newsletter', 'activity-role': 'controller' } },
      { id: 'b', answers: { 'activity-name': 'Payroll' } },
    ];
    const copied = duplicateItem(group, items, 'a', (name) => `${name} (copy)`, ids('c'));
    expect(copied.map((x) => x.id)).toEqual(['a', 'ic', 'b']);
    expect(copied[1]!.answers).toEqual({
      'activity-name': 'Newsletter (copy)',
      'activity-role': 'controller',
    });
  });

  it('puts a removed item back where it was', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, answers: {} }));
    const result = removeItem(items, 'b')!;
    expect(result.items.map((x) => x.id)).toEqual(['a', 'c']);
    expect(restoreItem(result.items, result.removed).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    // After more removals it goes back as near its place as the list allows.
    expect(restoreItem([], result.removed).map((x) => x.id)).toEqual(['b']);
    expect(removeItem(items, 'z')).toBeNull();
  });

  it('sets and clears one answer of one item, leaving the others as they were', () => {
    const items = [
      { id: 'a', answers: { 'activity-name': 'Orders' } },
      { id: 'b', answers: { 'activity-name': 'Payroll' } },
    ];
    const set = setItemAnswer(items, 'a', 'activity-role', 'processor');
    expect(set[0]!.answers).toEqual({ 'activity-name': 'Orders', 'activity-role': 'processor' });
    expect(set[1]).toBe(items[1]);
    expect(setItemAnswer(set, 'a', 'activity-name', null)[0]!.answers).toEqual({
      'activity-role': 'processor',
    });
    expect(items[0]!.answers).toEqual({ 'activity-name': 'Orders' });
  });
});
