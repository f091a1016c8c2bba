import { createContext, useContext } from 'react';
import type { Example } from '@/engine/questionnaire/example.schema';

/** The example answer sets of the active questionnaire, offered on the intro as "try an example". */
export const ExamplesContext = createContext<readonly Example[]>([]);

export function useExamples(): readonly Example[] {
  return useContext(ExamplesContext);
}
