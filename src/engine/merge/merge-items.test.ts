import { describe, expect, it } from 'vitest';
import { activitiesGroup } from '../../../tests/helpers/activities';
import type { RepeatedItem } from '../questionnaire/questionnaire.schema';
import { mergeItemLists } from './merge-items';

const item = (id: string, answers: RepeatedItem['answers']): RepeatedItem => ({ id, answers });
const newsletter = item('a1', { 'activity-name': 'Newsletter', 'activity-role': 'controller' });

describe('joining participants’ lists of items', () => {
  it('keeps every item anyone listed, each list in turn', () => {
    const payroll = item('b1', { 'activity-name': 'Payroll', 'activity-role': 'controller' });
    const merged = mergeItemLists(activitiesGroup, [
      { participant: 'Anna', items: [newsletter] },
      { participant: 'Ben', items: [payroll] },
    ]);
    expect(merged).toEqual([newsletter, payroll]);
  });

  it('counts the same item once, whatever its id or the order of its answers', () => {
    const same = item('b7', { 'activity-role': 'controller', 'activity-name': 'Newsletter' });
    const merged = mergeItemLists(activitiesGroup, [
      { participant: 'Anna', items: [newsletter] },
      { participant: 'Ben', items: [same, newsletter] },
    ]);
    expect(merged).toEqual([newsletter]);
  });

  it('keeps two different items of one name, each marked with who gave it', () => {
    const edited = item('a1', { 'activity-name': 'newsletter', 'activity-role': 'processor' });
    const merged = mergeItemLists(activitiesGroup, [
      { participant: 'Anna', items: [newsletter] },
      { participant: 'Ben', items: [edited] },
    ]);
    expect(merged).toEqual([
      item('a1', { 'activity-name': 'Newsletter (Anna)', 'activity-role': 'controller' }),
      // Ben edited the item both were given: his version stays, under an id of its own.
      item('a1-2', { 'activity-name': 'newsletter (Ben)', 'activity-role': 'processor' }),
    ]);
  });

  it('leaves unnamed items as they are', () => {
    const a = item('x', { 'activity-role': 'controller' });
    const b = item('y', { 'activity-role': 'processor' });
    expect(
      mergeItemLists(activitiesGroup, [
        { participant: 'Anna', items: [a] },
        { participant: 'Ben', items: [b] },
      ]),
    ).toEqual([a, b]);
  });
});
