import { useCallback } from 'react';
import { citeLegalRef } from '@/engine/legal/cite-legal-ref';
import { useInterfaceLanguage } from './use-interface-language';

/** Legal references cited in the interface's language and joined: "art. 6 lid 1 AVG, overweging 47 AVG". */
export function useCite(): (refs: readonly string[]) => string {
  const language = useInterfaceLanguage();
  return useCallback(
    (refs) => refs.map((ref) => citeLegalRef(ref, language)).join(', '),
    [language],
  );
}
