import { createContext, useContext, useLayoutEffect } from 'react';
import type { AnswerValue } from '@/engine/questionnaire/questionnaire.schema';

/** What the person did on the first visit's intro before the wizard had loaded. */
export type BootIntent =
  | { readonly kind: 'start' }
  | { readonly kind: 'load'; readonly answers: Readonly<Record<string, AnswerValue>> };

/** How the wizard, loading out of sight behind the first visit's intro, hands over. */
export interface WizardBoot {
  readonly intent: BootIntent | null;
  /** The wizard has acted on the intent. */
  readonly consumed: () => void;
  /** The wizard has a screen to show: it replaces the first visit's intro. */
  readonly shown: () => void;
}

export const WizardBootContext = createContext<WizardBoot | null>(null);

export function useWizardBoot(): WizardBoot | null {
  return useContext(WizardBootContext);
}

/** Rendered with whatever the wizard shows first (a screen, or why it cannot start). */
export function BootShown() {
  const boot = useWizardBoot();
  // Before paint: the intro is swapped for the wizard's in one frame.
  useLayoutEffect(() => boot?.shown(), [boot]);
  return null;
}
