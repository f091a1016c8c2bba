import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { wizardMachine } from './wizard.machine';

// The statechart must stay drawable: Stately's tools read the machine's configuration as data, so
// every state, event and target has to be written out there, none made by a function at run time.

/** `state event -> target` for every transition, in the order declared; `always` for transient ones. */
const EXPECTED = [
  'wizard assessment.restart -> intro',
  'wizard assessment.load -> routing',
  'wizard assessment.synced -> (stay)',
  'wizard location.requested -> routing',
  'wizard step.goto -> routing',
  'wizard notice.dismiss -> (stay)',
  'wizard action.update -> (stay)',
  'wizard note.set -> (stay)',
  'wizard question.park -> (stay)',
  'wizard processor.add -> (stay)',
  'wizard processor.update -> (stay)',
  'wizard processor.remove -> (stay)',
  'wizard team.set -> (stay)',
  'routing always -> answering',
  'routing always -> review',
  'routing always -> exit',
  'routing always -> complete',
  'routing always -> intro',
  'intro assessment.start -> routing',
  'answering answer.set -> (stay)',
  'answering step.next -> (stay)',
  'answering step.next -> exit',
  'answering step.next -> routing',
  'answering step.next -> review',
  'answering step.next -> routing',
  'answering step.back -> routing',
  'answering step.back -> intro',
  'exit step.back -> answering',
  'exit exit.continue -> answering',
  'exit exit.continue -> review',
  'review step.back -> answering',
  'review assessment.complete -> complete',
  'complete step.back -> review',
  'complete review.open -> review',
];

interface ConfigTransition {
  readonly target?: unknown;
}
interface ConfigState {
  readonly on?: Readonly<Record<string, ConfigTransition | readonly ConfigTransition[]>>;
  readonly always?: ConfigTransition | readonly ConfigTransition[];
  readonly states?: Readonly<Record<string, ConfigState>>;
}

/** The transitions as written in a configuration read back from JSON. */
function fromConfig(key: string, state: ConfigState): string[] {
  const line = (event: string, transitions: ConfigTransition | readonly ConfigTransition[]) =>
    [transitions].flat().map((t) => {
      const target = typeof t.target === 'string' ? t.target.replace(/^\./, '') : '(stay)';
      return `${key} ${event} -> ${target}`;
    });
  return [
    ...Object.entries(state.on ?? {}).flatMap(([event, t]) => line(event, t)),
    ...(state.always ? line('always', state.always) : []),
    ...Object.entries(state.states ?? {}).flatMap(([child, s]) => fromConfig(child, s)),
  ];
}

/** The transitions of the machine XState built, as it runs them. */
function fromMachine(node: AnyStateNode): string[] {
  const line = (event: string, target: readonly AnyStateNode[] | undefined) =>
    `${node.key} ${event} -> ${target?.[0]?.key ?? '(stay)'}`;
  return [
    ...[...node.transitions.entries()].flatMap(([event, list]) =>
      list.map((t) => line(event, t.target)),
    ),
    ...(node.always ?? []).map((t) => line('always', t.target)),
    ...Object.values(node.states).flatMap((child) => fromMachine(child)),
  ];
}

describe('the wizard statechart', () => {
  it('holds every state and transition as data that survives JSON', () => {
    const config = JSON.parse(JSON.stringify(wizardMachine.config)) as ConfigState;
    expect(fromConfig('wizard', config)).toEqual(EXPECTED);
  });

  it('runs exactly the transitions its configuration declares', () => {
    expect(fromMachine(wizardMachine.root)).toEqual(EXPECTED);
  });

  it('has the states of the chart, starting by routing the first request', () => {
    expect(Object.keys(wizardMachine.root.states)).toEqual([
      'routing',
      'intro',
      'answering',
      'exit',
      'review',
      'complete',
    ]);
    expect(wizardMachine.config.initial).toBe('routing');
  });
});
