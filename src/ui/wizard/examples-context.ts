import { createContext, useContext } from 'react';
import type { Language } from '@/i18n/languages';
import type { Example } from '@/engine/questionnaire/example.schema';

/** An example answer set as the intro lists it; its answers are fetched when it is picked. */
export interface ExampleCard {
  readonly id: string;
  readonly title: Readonly<Record<Language, string>>;
  readonly description: Readonly<Record<Language, string>>;
  /** About how long the check takes such an organisation; null when the questionnaire cannot tell. */
  readonly minutes: number | null;
  /** The example's answers, or null when its file cannot be loaded or fails its check. */
  readonly load: () => Promise<Example | null>;
}

/** The example answer sets of the active questionnaire, offered on the intro as "try an example". */
export const ExamplesContext = createContext<readonly ExampleCard[]>([]);

export function useExamples(): readonly ExampleCard[] {
  return useContext(ExamplesContext);
}
