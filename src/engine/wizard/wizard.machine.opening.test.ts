import { describe, expect, it } from 'vitest';
import { SHIPPED, SHIPPED_COMPLETE } from '../../../tests/helpers/questionnaires';
import {
  EXIT,
  notice,
  OUT_OF_SCOPE,
  savedProgress,
  startWizard,
  step,
  THROUGH_ORGANISATION,
} from '../../../tests/helpers/wizard';

describe('opening', () => {
  it('opens the intro when asked for it, as a normal navigation', () => {
    const w = startWizard();
    expect(w.state()).toBe('intro');
    expect(w.navigate.mock.calls).toEqual([[{ location: { screen: 'intro' }, replace: false }]]);
    expect(w.context().notice).toBeNull();
  });

  it('opens the intro with saved progress and keeps it as the place to resume', () => {
    const w = startWizard({ saved: savedProgress(SHIPPED.scope, step('organisation')) });
    expect(w.state()).toBe('intro');
    expect(w.context().resumeLocation).toEqual(step('organisation'));
    expect(w.context().answers).toEqual(SHIPPED.scope);
  });

  it('opens a requested step that is open', () => {
    const w = startWizard({
      requestedLocation: step('organisation'),
      saved: savedProgress(SHIPPED.scope, step('organisation')),
    });
    expect(w.state()).toBe('answering');
    expect(w.navigate.mock.calls).toEqual([[{ location: step('organisation'), replace: false }]]);
    expect(w.context().notice).toBeNull();
  });

  it('redirects a locked step to the first incomplete step, replacing the history entry', () => {
    const w = startWizard({
      requestedLocation: step('data'),
      saved: savedProgress(SHIPPED.scope, step('organisation')),
    });
    expect(w.state()).toBe('answering');
    expect(w.context().stepId).toBe('organisation');
    expect(w.navigate.mock.calls).toEqual([[{ location: step('organisation'), replace: true }]]);
    expect(w.context().notice).toEqual(notice(step('data')));
  });

  it('redirects a step request without saved progress to the first step', () => {
    const w = startWizard({ requestedLocation: step('roles') });
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: true });
  });

  it('opens review when every step is complete', () => {
    const w = startWizard({
      requestedLocation: { screen: 'review' },
      saved: savedProgress(SHIPPED_COMPLETE, { screen: 'review' }),
    });
    expect(w.state()).toBe('review');
    expect(w.navigate.mock.calls).toEqual([[{ location: { screen: 'review' }, replace: false }]]);
  });

  it('redirects review to the first incomplete step', () => {
    const w = startWizard({
      requestedLocation: { screen: 'review' },
      saved: savedProgress(SHIPPED.scope, step('organisation')),
    });
    expect(w.state()).toBe('answering');
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: true });
    expect(w.context().notice).toEqual(notice({ screen: 'review' }));
  });

  it('opens the exit screen while its exit holds', () => {
    const w = startWizard({
      requestedLocation: EXIT,
      saved: savedProgress(OUT_OF_SCOPE, step('scope')),
    });
    expect(w.state()).toBe('exit');
    expect(w.context().exitId).toBe('gdpr-not-applicable');
    expect(w.navigate.mock.calls).toEqual([[{ location: EXIT, replace: false }]]);
  });

  it('redirects an exit that does not hold', () => {
    const w = startWizard({
      requestedLocation: EXIT,
      saved: savedProgress(SHIPPED.scope, step('organisation')),
    });
    expect(w.state()).toBe('answering');
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: true });
  });

  it('redirects an incomplete later step to the exit while the exit holds', () => {
    const w = startWizard({
      requestedLocation: step('organisation'),
      saved: savedProgress(OUT_OF_SCOPE, step('scope')),
    });
    expect(w.state()).toBe('exit');
    expect(w.lastNavigation()).toEqual({ location: EXIT, replace: true });
  });

  it('opens the complete screen after completion', () => {
    const saved = savedProgress(
      SHIPPED_COMPLETE,
      { screen: 'complete' },
      { completedAt: '2025-03-01T10:00:00.000Z' },
    );
    const w = startWizard({ requestedLocation: { screen: 'complete' }, saved });
    expect(w.state()).toBe('complete');
    expect(w.navigate.mock.calls).toEqual([[{ location: { screen: 'complete' }, replace: false }]]);
  });

  it('redirects the complete screen to review when never completed', () => {
    const w = startWizard({
      requestedLocation: { screen: 'complete' },
      saved: savedProgress(SHIPPED_COMPLETE, { screen: 'review' }),
    });
    expect(w.state()).toBe('review');
    expect(w.lastNavigation()).toEqual({ location: { screen: 'review' }, replace: true });
    expect(w.context().notice).toEqual(notice({ screen: 'complete' }));
  });
});

describe('assessment.start', () => {
  it('starts a fresh assessment at the first step', () => {
    const w = startWizard();
    w.send({ type: 'assessment.start' });
    expect(w.state()).toBe('answering');
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: false });
    expect(w.context().resumeLocation).toEqual(step('scope'));
  });

  it('continues where the person left off', () => {
    const w = startWizard({ saved: savedProgress(SHIPPED.scope, step('organisation')) });
    w.send({ type: 'assessment.start' });
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: false });
  });

  it('continues on the review screen', () => {
    const w = startWizard({ saved: savedProgress(SHIPPED_COMPLETE, { screen: 'review' }) });
    w.send({ type: 'assessment.start' });
    expect(w.state()).toBe('review');
  });

  it('redirects a resume location that is no longer open', () => {
    const w = startWizard({ saved: savedProgress(SHIPPED.scope, step('data')) });
    w.send({ type: 'assessment.start' });
    expect(w.lastNavigation()).toEqual({ location: step('organisation'), replace: true });
    expect(w.context().notice).toEqual(notice(step('data')));
  });

  it('starts at the first step when the progress was saved on the intro', () => {
    const w = startWizard({ saved: savedProgress(THROUGH_ORGANISATION, { screen: 'intro' }) });
    w.send({ type: 'assessment.start' });
    expect(w.lastNavigation()).toEqual({ location: step('scope'), replace: false });
  });
});
