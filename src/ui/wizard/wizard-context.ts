import { createActorContext } from '@xstate/react';
import { wizardMachine } from '@/engine/wizard/wizard.machine';

export const WizardContext = createActorContext(wizardMachine);
