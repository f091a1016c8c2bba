import { describe, expect, it } from 'vitest';
import type { Session } from '../session/session.schema';
import type { Participant } from './merge-sessions';
import { addParticipants, removeParticipant } from './participants';

// Only names matter here; the session is carried along untouched.
const session = {} as Session;
const person = (name: string): Participant => ({ name, session });
const names = (list: readonly Participant[]) => list.map((p) => p.name);

describe('addParticipants', () => {
  it('numbers a repeated name within one batch', () => {
    expect(names(addParticipants([], [person('Anna'), person('Anna'), person('Bo')]))).toEqual([
      'Anna',
      'Anna (2)',
      'Bo',
    ]);
  });

  it('gives the first free number when the same name comes again in a later batch', () => {
    const first = addParticipants([], [person('Anna'), person('Anna')]);
    expect(names(addParticipants(first, [person('Anna')]))).toEqual([
      'Anna',
      'Anna (2)',
      'Anna (3)',
    ]);
  });

  it('does not take a number a participant already carries in their own name', () => {
    expect(names(addParticipants([person('Anna (2)')], [person('Anna'), person('Anna')]))).toEqual([
      'Anna (2)',
      'Anna',
      'Anna (3)',
    ]);
  });

  it('keeps a participant whose name is free as it was given', () => {
    const bo = person('Bo');
    expect(addParticipants([person('Anna')], [bo])[1]).toBe(bo);
  });
});

describe('removeParticipant', () => {
  it('removes only the participant of that name', () => {
    const list = addParticipants([], [person('Anna'), person('Anna'), person('Bo')]);
    expect(names(removeParticipant(list, 'Anna'))).toEqual(['Anna (2)', 'Bo']);
    expect(names(removeParticipant(list, 'Cas'))).toEqual(['Anna', 'Anna (2)', 'Bo']);
  });
});
