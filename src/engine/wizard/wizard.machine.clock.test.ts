import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadShippedQuestionnaire, SHIPPED_COMPLETE } from '../../../tests/helpers/questionnaires';
import { savedProgress } from '../../../tests/helpers/wizard';
import { wizardMachine } from './wizard.machine';

describe('the wizard clock', () => {
  it('stamps a completion with the time of the clock it was given', () => {
    const actor = createActor(wizardMachine.provide({ actions: { navigate: () => {} } }), {
      input: {
        questionnaire: loadShippedQuestionnaire(),
        requestedLocation: { screen: 'review' },
        saved: savedProgress(SHIPPED_COMPLETE, { screen: 'review' }),
        now: () => new Date('2031-02-03T04:05:06.000Z'),
      },
    }).start();
    actor.send({ type: 'assessment.complete' });
    expect(actor.getSnapshot().value).toBe('complete');
    expect(actor.getSnapshot().context.completedAt).toBe('2031-02-03T04:05:06.000Z');
  });
});
