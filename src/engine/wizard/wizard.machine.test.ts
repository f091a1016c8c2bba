import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildQuestionnaire,
  SHIPPED,
  SHIPPED_COMPLETE,
  yesNo,
} from '../../../tests/helpers/questionnaires';
import {
  answerEvents,
  atExit,
  atReview,
  branching,
  EXIT,
  LAST_STEP,
  OUT_OF_SCOPE,
  savedProgress,
  THROUGH_ORGANISATION,
  startWizard,
  step,
} from '../../../tests/helpers/wizard';
import { toSession } from '../session/to-session';

describe('answer.set', () => {
  const answering = () => {
    const w = startWizard();
    w.send({ type: 'assessment.start' });
    return w;
  };

  it('stores an answer to a known question without navigating', () => {
    const w = answering();
    w.navigate.mockClear();
    w.send({ type: 'answer.set', questionId: 'personal-data', value: 'yes' });
    expect(w.context().answers).toEqual({ 'personal-data': 'yes' });
    expect(w.navigate).not.toHaveBeenCalled();
  });

  it('deletes the answer when the value is null', () => {
    const w = answering();
    w.send(...answerEvents({ 'personal-data': 'yes', 'household-only': 'no' }));
    w.send({ type: 'answer.set', questionId: 'personal-data', value: null });
    expect(w.context().answers).toEqual({ 'household-only': 'no' });
  });

  it('ignores an unknown question', () => {
    const w = answering();
    w.send({ type: 'answer.set', questionId: 'no-such-question', value: 'yes' });
    expect(w.context().answers).toEqual({});
  });

  it('keeps an invalid answer as given, and the step stays incomplete', () => {
    const w = answering();
    w.send(
      { type: 'answer.set', questionId: 'personal-data', value: 'maybe' },
      { type: 'step.next' },
    );
    expect(w.context().answers).toEqual({ 'personal-data': 'maybe' });
    expect(w.context().stepId).toBe('scope');
  });

  it('clears the completion time', () => {
    const saved = savedProgress(
      SHIPPED_COMPLETE,
      { screen: 'complete' },
      { completedAt: '2025-03-01T10:00:00.000Z' },
    );
    const w = startWizard({ requestedLocation: step('roles'), saved });
    expect(w.context().completedAt).toBe('2025-03-01T10:00:00.000Z');
    w.send({ type: 'answer.set', questionId: 'privacy-owner', value: 'no' });
    expect(w.context().completedAt).toBeNull();
  });

  it('is ignored outside the answering screens', () => {
    const w = startWizard();
    w.send({ type: 'answer.set', questionId: 'personal-data', value: 'yes' });
    expect(w.context().answers).toEqual({});
  });
});

describe('step.next', () => {
  it('stays on an incomplete step without navigating', () => {
    const w = startWizard();
    w.send(
      { type: 'assessment.start' },
      { type: 'answer.set', questionId: 'personal-data', value: 'yes' },
    );
    w.navigate.mockClear();
    w.send({ type: 'step.next' });
    expect(w.state()).toBe('answering');
    expect(w.context().stepId).toBe('scope');
    expect(w.navigate).not.toHaveBeenCalled();
  });

  it('moves to the next step once the step is complete', () => {
    const w = startWizard();
    w.send({ type: 'assessment.start' }, ...answerEvents(SHIPPED.scope), { type: 'step.next' });
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: false });
    expect(w.context().resumeLocation).toEqual(step('organisation'));
  });

  it('goes to the exit screen when an exit holds', () => {
    const w = startWizard();
    w.send({ type: 'assessment.start' }, ...answerEvents(OUT_OF_SCOPE), { type: 'step.next' });
    expect(w.state()).toBe('exit');
    expect(w.context().exitId).toBe('gdpr-not-applicable');
    expect(w.lastNavigation()).toEqual({ location: EXIT, replace: false });
    expect(w.context().resumeLocation).toEqual(EXIT);
  });

  it('goes to review after the last step', () => {
    const w = startWizard({
      requestedLocation: step(LAST_STEP),
      saved: savedProgress(SHIPPED_COMPLETE, step(LAST_STEP)),
    });
    w.send({ type: 'step.next' });
    expect(w.state()).toBe('review');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'review' }, replace: false });
  });

  it('skips a section whose condition does not hold', () => {
    const w = startWizard({ questionnaire: branching });
    w.send({ type: 'assessment.start' }, ...answerEvents({ 'uses-data': 'yes', staff: 10 }), {
      type: 'step.next',
    });
    expect(w.lastNavigation()).toEqual({ location: step('closing'), replace: false });
  });

  it('enters a section once its condition holds', () => {
    const w = startWizard({ questionnaire: branching });
    w.send({ type: 'assessment.start' }, ...answerEvents({ 'uses-data': 'yes', staff: 250 }), {
      type: 'step.next',
    });
    expect(w.lastNavigation()).toEqual({ location: step('records'), replace: false });
  });

  it('never leaves a complete step stuck: an incomplete earlier step is where it goes', () => {
    const w = startWizard({
      requestedLocation: step(LAST_STEP),
      saved: savedProgress(SHIPPED_COMPLETE, step(LAST_STEP)),
    });
    w.send({ type: 'answer.set', questionId: 'large-scale', value: null }, { type: 'step.next' });
    expect(w.lastNavigation()?.location).toEqual(step('data'));
  });
});

describe('step.back', () => {
  it('goes to the previous step', () => {
    const w = startWizard({
      requestedLocation: step('organisation'),
      saved: savedProgress(SHIPPED.scope, step('organisation')),
    });
    w.send({ type: 'step.back' });
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: false });
  });

  it('goes to the intro from the first step', () => {
    const w = startWizard();
    w.send({ type: 'assessment.start' }, { type: 'step.back' });
    expect(w.state()).toBe('intro');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'intro' }, replace: false });
    expect(w.context().resumeLocation).toEqual(step('scope'));
  });

  it('skips a hidden section going back', () => {
    const w = startWizard({ questionnaire: branching });
    w.send(
      { type: 'assessment.start' },
      ...answerEvents({ 'uses-data': 'yes', staff: 10 }),
      { type: 'step.next' },
      { type: 'step.back' },
    );
    expect(w.lastNavigation()).toEqual({ location: step('basics'), replace: false });
  });
});

describe('exit', () => {
  it('step.back returns to the step that led to the exit, keeping the answers', () => {
    const w = atExit();
    w.send({ type: 'step.back' });
    expect(w.state()).toBe('answering');
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: false });
    expect(w.context().answers).toEqual(OUT_OF_SCOPE);
  });

  it('exit.continue goes on to the next step and remembers the exit', () => {
    const w = atExit();
    w.send({ type: 'exit.continue' });
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: false });
    expect(w.context().overriddenExits).toEqual(['gdpr-not-applicable']);
  });

  it('does not trigger an exit again once continued past', () => {
    const w = atExit();
    w.send({ type: 'exit.continue' }, { type: 'step.back' }, { type: 'step.next' });
    expect(w.state()).toBe('answering');
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: false });
  });

  it('exit.continue after the last step goes to review', () => {
    const q = buildQuestionnaire({
      exits: [
        {
          id: 'stop',
          when: { question: 'b', equals: 'no' },
          reasons: [{ id: 'b-no', when: { question: 'b', equals: 'no' } }],
        },
      ],
      sections: [
        { id: 's1', questions: [yesNo('a')] },
        { id: 's2', questions: [yesNo('b')] },
      ],
    });
    const w = startWizard({ questionnaire: q });
    w.send(
      { type: 'assessment.start' },
      ...answerEvents({ a: 'yes' }),
      { type: 'step.next' },
      ...answerEvents({ b: 'no' }),
      { type: 'step.next' },
    );
    expect(w.lastNavigation()).toEqual({
      location: { screen: 'exit', exitId: 'stop' },
      replace: false,
    });
    w.send({ type: 'exit.continue' });
    expect(w.state()).toBe('review');
    expect(w.context().overriddenExits).toEqual(['stop']);
  });

  const reopenedAtExit = () =>
    startWizard({ requestedLocation: EXIT, saved: savedProgress(OUT_OF_SCOPE, EXIT) });

  it('step.back from an exit screen opened from a saved session returns to a real step', () => {
    const w = reopenedAtExit();
    w.send({ type: 'step.back' });
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: false });
  });

  it('exit.continue from an exit screen opened from a saved session goes to the next step', () => {
    const w = reopenedAtExit();
    w.send({ type: 'exit.continue' });
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: false });
  });
});

describe('review and complete', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('step.back from review goes to the last visible step', () => {
    const w = atReview();
    w.send({ type: 'step.back' });
    expect(w.lastNavigation()).toEqual({ location: step(LAST_STEP), replace: false });
  });

  it('assessment.complete marks the assessment complete with the current time', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-04-05T06:07:08.000Z'));
    const w = atReview();
    w.send({ type: 'assessment.complete' });
    expect(w.state()).toBe('complete');
    expect(w.context().completedAt).toBe('2025-04-05T06:07:08.000Z');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'complete' }, replace: false });
    expect(w.context().resumeLocation).toEqual({ screen: 'complete' });
  });

  it.each(['review.open', 'step.back'] as const)('%s from complete returns to review', (type) => {
    const w = atReview();
    w.send({ type: 'assessment.complete' }, { type });
    expect(w.state()).toBe('review');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'review' }, replace: false });
    expect(w.context().completedAt).not.toBeNull();
  });
});

describe('assessment.load', () => {
  it('replaces every answer and opens review when the loaded answers are complete', () => {
    const w = atExit();
    w.send({ type: 'assessment.load', answers: SHIPPED_COMPLETE });
    expect(w.state()).toBe('review');
    expect(w.context().answers).toEqual(SHIPPED_COMPLETE);
    expect(w.context().overriddenExits).toEqual([]);
    expect(w.context().notice).toBeNull();
    expect(w.lastNavigation()).toEqual({ location: { screen: 'review' }, replace: false });
  });

  it('opens the first incomplete step when the loaded answers stop half-way', () => {
    const w = startWizard({});
    w.send({ type: 'assessment.load', answers: THROUGH_ORGANISATION });
    expect(w.state()).toBe('answering');
    expect(w.context().stepId).toBe('data');
  });
});

describe('action.update', () => {
  it('records an owner and due date for a gap, clears them when both are emptied, and ignores unknown questions', () => {
    const w = atReview();
    w.send({
      type: 'action.update',
      questionId: 'privacy-owner',
      ownerName: 'Ana',
      dueDate: '2027-03-01',
    });
    expect(w.context().actionPlan).toEqual({
      'privacy-owner': { ownerName: 'Ana', dueDate: '2027-03-01' },
    });
    w.send({ type: 'action.update', questionId: 'privacy-owner', ownerName: '', dueDate: null });
    expect(w.context().actionPlan).toEqual({});
    w.send({
      type: 'action.update',
      questionId: 'no-such-question',
      ownerName: 'X',
      dueDate: null,
    });
    expect(w.context().actionPlan).toEqual({});
  });
});

describe('notes, parked questions and agreement reviews', () => {
  it('keeps a note per known question and drops it when emptied', () => {
    const w = atReview();
    w.send({ type: 'note.set', questionId: 'privacy-owner', text: 'Ask the HR lead' });
    w.send({ type: 'note.set', questionId: 'no-such-question', text: 'lost' });
    expect(w.context().notes).toEqual({ 'privacy-owner': 'Ask the HR lead' });
    w.send({ type: 'note.set', questionId: 'privacy-owner', text: '  ' });
    expect(w.context().notes).toEqual({});
  });

  it('parks a question once, in the order parked, and unparks it', () => {
    const w = atReview();
    w.send({ type: 'question.park', questionId: 'privacy-owner', parked: true });
    w.send({ type: 'question.park', questionId: 'personal-data', parked: true });
    w.send({ type: 'question.park', questionId: 'privacy-owner', parked: true });
    expect(w.context().parked).toEqual(['personal-data', 'privacy-owner']);
    w.send({ type: 'question.park', questionId: 'personal-data', parked: false });
    expect(w.context().parked).toEqual(['privacy-owner']);
  });

  it('adds, renames, ticks and removes a vendor agreement review', () => {
    const w = atReview();
    w.send({ type: 'processor.add', id: 'a', vendor: 'Mail Co' });
    w.send({ type: 'processor.add', id: 'a', vendor: 'duplicate id' });
    w.send({ type: 'processor.update', id: 'a', checked: ['confidentiality', 'confidentiality'] });
    w.send({ type: 'processor.update', id: 'a', vendor: 'Mail Company' });
    expect(w.context().processorReviews).toEqual([
      { id: 'a', vendor: 'Mail Company', checked: ['confidentiality'] },
    ]);
    w.send({ type: 'processor.remove', id: 'a' });
    expect(w.context().processorReviews).toEqual([]);
  });

  it('keeps who assessed and who took part, refuses a name too long to save, and saves none while empty', () => {
    const w = atReview();
    expect(toSession(w.context())).not.toHaveProperty('team');
    w.send({ type: 'team.set', assessedBy: 'Sam de Vries' });
    w.send({ type: 'team.set', participants: 'Anna, Bram' });
    w.send({ type: 'team.set', assessedBy: 'x'.repeat(201) });
    expect(toSession(w.context()).team).toEqual({
      assessedBy: 'Sam de Vries',
      participants: 'Anna, Bram',
    });
    w.send({ type: 'team.set', assessedBy: ' ', participants: '' });
    expect(toSession(w.context())).not.toHaveProperty('team');
  });

  it('starting over clears notes, parked questions and reviews', () => {
    const w = atReview();
    w.send({ type: 'note.set', questionId: 'privacy-owner', text: 'x' });
    w.send({ type: 'question.park', questionId: 'privacy-owner', parked: true });
    w.send({ type: 'processor.add', id: 'a', vendor: 'Mail Co' });
    w.send({ type: 'assessment.restart' });
    expect(w.context()).toMatchObject({ notes: {}, parked: [], processorReviews: [] });
  });
});

describe('values the saved assessment could not hold', () => {
  it('ignores them, so one bad keystroke never makes the whole save unreadable', () => {
    const w = atReview();
    w.send({
      type: 'action.update',
      questionId: 'privacy-owner',
      ownerName: 'Ana',
      dueDate: '2027-03-11',
    });
    w.send({
      type: 'action.update',
      questionId: 'privacy-owner',
      ownerName: 'Ana',
      dueDate: '22026-03-11',
    });
    w.send({
      type: 'action.update',
      questionId: 'privacy-owner',
      ownerName: 'x'.repeat(201),
      dueDate: null,
    });
    expect(w.context().actionPlan).toEqual({
      'privacy-owner': { ownerName: 'Ana', dueDate: '2027-03-11' },
    });
    w.send({ type: 'note.set', questionId: 'privacy-owner', text: 'x'.repeat(20001) });
    expect(w.context().notes).toEqual({});
    w.send({ type: 'processor.add', id: 'a', vendor: 'v'.repeat(201) });
    expect(w.context().processorReviews).toEqual([]);
  });

  it('ignores an answer that is not a finite number or is longer than a save holds', () => {
    const w = startWizard();
    w.send({ type: 'assessment.start' });
    w.send({ type: 'answer.set', questionId: 'organisation-name', value: 'Bakkerij' });
    w.send({ type: 'answer.set', questionId: 'employees', value: Number.NaN });
    w.send({ type: 'answer.set', questionId: 'organisation-name', value: 'x'.repeat(20001) });
    expect(w.context().answers).toEqual({ 'organisation-name': 'Bakkerij' });
  });
});

describe('selectStepOverview', () => {
  it('calls a hidden section "pending" while the answers that decide it are still open, and "skipped" once they are given', async () => {
    const { selectStepOverview } = await import('./wizard.selectors');
    const fresh = startWizard({});
    fresh.send({ type: 'assessment.start' });
    const before = selectStepOverview(fresh.actor.getSnapshot());
    expect(before.find((s) => s.sectionId === 'transfers')?.status).toBe('pending');
    const done = atReview();
    const after = selectStepOverview(done.actor.getSnapshot());
    expect(after.find((s) => s.sectionId === 'transfers')?.status).toBe('skipped');
  });
});
