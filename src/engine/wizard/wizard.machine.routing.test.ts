import { describe, expect, it } from 'vitest';
import { SHIPPED, SHIPPED_COMPLETE } from '../../../tests/helpers/questionnaires';
import {
  answerEvents,
  atData,
  atExit,
  atOrganisation,
  atReview,
  branching,
  COMPLETED_AT,
  EXIT,
  notice,
  savedProgress,
  startWizard,
  step,
  THROUGH_ORGANISATION,
} from '../../../tests/helpers/wizard';

describe('step.goto', () => {
  it('goes to a done step', () => {
    const w = atData();
    w.send({ type: 'step.goto', stepId: 'scope' });
    expect(w.state()).toBe('answering');
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: false });
    expect(w.context().notice).toBeNull();
  });

  it('goes to the first incomplete step, which is open', () => {
    const w = startWizard({
      requestedLocation: step('scope'),
      saved: savedProgress(THROUGH_ORGANISATION, step('scope')),
    });
    w.send({ type: 'step.goto', stepId: 'data' });
    expect(w.lastNavigation()).toEqual({ location: step('data'), replace: false });
  });

  it('redirects a locked step to the first incomplete step with a notice', () => {
    const w = atOrganisation();
    w.send({ type: 'step.goto', stepId: 'roles' });
    expect(w.context().stepId).toBe('organisation');
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: true });
    expect(w.context().notice).toEqual(notice(step('roles')));
  });

  it('redirects a hidden step', () => {
    const w = startWizard({ questionnaire: branching });
    w.send({ type: 'assessment.start' }, { type: 'step.goto', stepId: 'records' });
    expect(w.lastNavigation()).toEqual({ location: step('basics'), replace: true });
    expect(w.context().notice).toEqual(notice(step('records')));
  });

  it('redirects a hidden step to review when everything visible is done', () => {
    const w = startWizard({ questionnaire: branching });
    w.send({ type: 'assessment.start' }, ...answerEvents({ 'uses-data': 'yes', staff: 10 }), {
      type: 'step.next',
    });
    w.send({ type: 'step.goto', stepId: 'records' });
    expect(w.state()).toBe('review');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'review' }, replace: true });
  });

  it('redirects an unknown step', () => {
    const w = atOrganisation();
    w.send({ type: 'step.goto', stepId: 'no-such-step' });
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: true });
  });

  it('goes from review back to a done step', () => {
    const w = atReview();
    w.send({ type: 'step.goto', stepId: 'organisation' });
    expect(w.state()).toBe('answering');
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: false });
  });

  it('while an exit holds, opens the complete step but redirects a later one to the exit', () => {
    const w = atExit();
    w.send({ type: 'step.goto', stepId: 'organisation' });
    expect(w.state()).toBe('exit');
    expect(w.lastNavigation()).toEqual({ location: EXIT, replace: true });
    w.send({ type: 'step.goto', stepId: 'scope' });
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: false });
  });
});

describe('location.requested', () => {
  it('opens the intro from anywhere, keeping the place to resume', () => {
    const w = atData();
    w.send({ type: 'location.requested', location: { screen: 'intro' } });
    expect(w.state()).toBe('intro');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'intro' }, replace: false });
    expect(w.context().resumeLocation).toEqual(step('data'));
  });

  it('opens an open step and redirects a locked one', () => {
    const w = atData();
    w.send({ type: 'location.requested', location: step('organisation') });
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: false });
    w.send({ type: 'location.requested', location: step('roles') });
    expect(w.lastNavigation()).toEqual({ location: step('data'), replace: true });
    expect(w.context().notice).toEqual(notice(step('roles')));
  });

  it('opens review when complete', () => {
    const w = startWizard({
      requestedLocation: step('roles'),
      saved: savedProgress(SHIPPED_COMPLETE, step('roles')),
    });
    w.send({ type: 'location.requested', location: { screen: 'review' } });
    expect(w.state()).toBe('review');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'review' }, replace: false });
  });

  it('redirects review when incomplete', () => {
    const w = atData();
    w.send({ type: 'location.requested', location: { screen: 'review' } });
    expect(w.state()).toBe('answering');
    expect(w.lastNavigation()).toEqual({ location: step('data'), replace: true });
    expect(w.context().notice).toEqual(notice({ screen: 'review' }));
  });

  it('opens the exit screen while its exit holds', () => {
    const w = atExit();
    w.send({ type: 'step.back' }, { type: 'location.requested', location: EXIT });
    expect(w.state()).toBe('exit');
    expect(w.lastNavigation()).toEqual({ location: EXIT, replace: false });
  });

  it('redirects an exit that does not hold, or does not exist', () => {
    const w = atData();
    w.send({ type: 'location.requested', location: EXIT });
    expect(w.lastNavigation()).toEqual({ location: step('data'), replace: true });
    const out = atExit();
    out.send({ type: 'location.requested', location: { screen: 'exit', exitId: 'no-such-exit' } });
    expect(out.lastNavigation()).toEqual({ location: EXIT, replace: true });
  });

  it('opens the complete screen after completion', () => {
    const w = startWizard({
      requestedLocation: { screen: 'review' },
      saved: savedProgress(SHIPPED_COMPLETE, { screen: 'review' }, { completedAt: COMPLETED_AT }),
    });
    w.send({ type: 'location.requested', location: { screen: 'complete' } });
    expect(w.state()).toBe('complete');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'complete' }, replace: false });
  });

  it('redirects the complete screen when never completed', () => {
    const review = atReview();
    review.send({ type: 'location.requested', location: { screen: 'complete' } });
    expect(review.lastNavigation()).toEqual({ location: { screen: 'review' }, replace: true });
    expect(review.context().notice).toEqual(notice({ screen: 'complete' }));
    const data = atData();
    data.send({ type: 'location.requested', location: { screen: 'complete' } });
    expect(data.lastNavigation()).toEqual({ location: step('data'), replace: true });
  });

  it('redirects the complete screen after an answer changed since completion', () => {
    const w = startWizard({
      requestedLocation: step('roles'),
      saved: savedProgress(SHIPPED_COMPLETE, step('roles'), { completedAt: COMPLETED_AT }),
    });
    w.send({ type: 'answer.set', questionId: 'privacy-owner', value: 'partly' });
    w.send({ type: 'location.requested', location: { screen: 'complete' } });
    expect(w.state()).toBe('review');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'review' }, replace: true });
  });
});

describe('notice.dismiss', () => {
  it('clears the notice without navigating', () => {
    const w = atOrganisation();
    w.send({ type: 'step.goto', stepId: 'roles' });
    expect(w.context().notice).not.toBeNull();
    w.navigate.mockClear();
    w.send({ type: 'notice.dismiss' });
    expect(w.context().notice).toBeNull();
    expect(w.state()).toBe('answering');
    expect(w.navigate).not.toHaveBeenCalled();
  });

  it('a later normal move navigates without replace again', () => {
    const w = atOrganisation();
    w.send({ type: 'step.goto', stepId: 'roles' }, ...answerEvents(SHIPPED.organisation), {
      type: 'step.next',
    });
    expect(w.context().notice).toBeNull();
    expect(w.lastNavigation()).toEqual({ location: step('data'), replace: false });
  });
});

describe('assessment.restart', () => {
  const setups = {
    intro: () =>
      startWizard({
        saved: savedProgress(SHIPPED.scope, step('organisation'), {
          overriddenExits: ['gdpr-not-applicable'],
        }),
      }),
    answering: atData,
    exit: atExit,
    'answering after continuing past an exit': () => {
      const w = atExit();
      w.send({ type: 'exit.continue' });
      return w;
    },
    review: atReview,
    complete: () => {
      const w = atReview();
      w.send({ type: 'assessment.complete' });
      return w;
    },
  };

  it.each(Object.entries(setups))('from %s clears everything and shows the intro', (_, setup) => {
    const w = setup();
    w.navigate.mockClear();
    w.send({ type: 'assessment.restart' });
    expect(w.state()).toBe('intro');
    expect(w.context()).toMatchObject({
      answers: {},
      stepId: null,
      exitId: null,
      overriddenExits: [],
      completedAt: null,
      notice: null,
      resumeLocation: null,
    });
    expect(w.navigate.mock.calls).toEqual([[{ location: { screen: 'intro' }, replace: false }]]);
  });

  it('a restarted assessment starts at the first step', () => {
    const w = atReview();
    w.send({ type: 'assessment.restart' }, { type: 'assessment.start' });
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: false });
  });
});
