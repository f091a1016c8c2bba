import { describe, expect, it } from 'vitest';
import {
  addProcessorReview,
  removeProcessorReview,
  setActionEntry,
  setNote,
  setParked,
  setTeam,
  updateProcessorReview,
} from './document-edits';

describe('setTeam', () => {
  it('sets each field as typed and leaves the other alone', () => {
    const team = setTeam({}, { assessedBy: ' Sam de Vries ' });
    expect(team).toEqual({ assessedBy: ' Sam de Vries ' });
    expect(setTeam(team, { participants: 'Anna, Bram' })).toEqual({
      assessedBy: ' Sam de Vries ',
      participants: 'Anna, Bram',
    });
  });

  it('drops a field of only white space, and returns the same object when nothing changes', () => {
    const team = { assessedBy: 'Sam', participants: 'Anna' };
    expect(setTeam(team, { participants: '  ' })).toEqual({ assessedBy: 'Sam' });
    expect(setTeam(team, { assessedBy: 'Sam' })).toBe(team);
    expect(setTeam(team, {})).toBe(team);
  });
});

describe('setActionEntry', () => {
  it('stores an owner and a due date, blank values as null', () => {
    expect(setActionEntry({}, 'q1', 'Ann', '')).toEqual({
      q1: { ownerName: 'Ann', dueDate: null },
    });
  });

  it('drops the entry when both are blank', () => {
    const plan = { q1: { ownerName: 'Ann', dueDate: '2026-01-01' } };
    expect(setActionEntry(plan, 'q1', '', null)).toEqual({});
  });

  it('returns the same plan when nothing changes', () => {
    const plan = { q1: { ownerName: 'Ann', dueDate: null } };
    expect(setActionEntry(plan, 'q1', 'Ann', null)).toBe(plan);
    expect(setActionEntry(plan, 'q2', null, null)).toBe(plan);
  });

  it('keeps an id such as __proto__ as an entry of its own', () => {
    const plan = setActionEntry({}, '__proto__', 'Ann', null);
    expect(Object.keys(plan)).toEqual(['__proto__']);
    expect(setActionEntry(plan, '__proto__', null, null)).toEqual({});
  });
});

describe('setNote', () => {
  it('keeps the text exactly as typed', () => {
    expect(setNote({}, 'q1', '  Ask legal  ')).toEqual({ q1: '  Ask legal  ' });
  });

  it('removes a note of only white space', () => {
    expect(setNote({ q1: 'x', q2: 'y' }, 'q1', ' \n')).toEqual({ q2: 'y' });
  });

  it('returns the same notes when nothing changes', () => {
    const notes = { q1: 'x' };
    expect(setNote(notes, 'q1', 'x')).toBe(notes);
    expect(setNote(notes, 'q2', '')).toBe(notes);
  });
});

describe('setParked', () => {
  it('parks a question last, moving it there when it was parked before', () => {
    expect(setParked(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(setParked(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
  });

  it('takes a question off the list', () => {
    expect(setParked(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('returns the same list when nothing changes', () => {
    const parked = ['a', 'b'];
    expect(setParked(parked, 'b', true)).toBe(parked);
    expect(setParked(parked, 'c', false)).toBe(parked);
  });
});

describe('processor reviews', () => {
  const acme = { id: 'p1', vendor: 'Acme', checked: ['a'] };

  it('adds a vendor with nothing checked, once per id', () => {
    expect(addProcessorReview([], 'p1', 'Acme')).toEqual([
      { id: 'p1', vendor: 'Acme', checked: [] },
    ]);
    const reviews = [acme];
    expect(addProcessorReview(reviews, 'p1', 'Other')).toBe(reviews);
  });

  it('renames a vendor and replaces its checked items, each once', () => {
    expect(updateProcessorReview([acme], 'p1', { vendor: 'Acme B.V.' })).toEqual([
      { ...acme, vendor: 'Acme B.V.' },
    ]);
    expect(updateProcessorReview([acme], 'p1', { checked: ['b', 'b', 'c'] })).toEqual([
      { ...acme, checked: ['b', 'c'] },
    ]);
  });

  it('removes a vendor by id', () => {
    expect(removeProcessorReview([acme, { ...acme, id: 'p2' }], 'p1')).toEqual([
      { ...acme, id: 'p2' },
    ]);
  });
});
