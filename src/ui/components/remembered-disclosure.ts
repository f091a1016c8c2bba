import { useState, type SyntheticEvent } from 'react';

/** Disclosures the person opened, for as long as the page lives (not saved: they are only a view). */
const opened = new Set<string>();

/**
 * A `<details>` that opens again as the person left it: after following a link out of a
 * question's help to the glossary and coming Back, the step is drawn anew and would close it.
 */
export function useRememberedDisclosure(key: string) {
  const [open] = useState(() => opened.has(key));
  return {
    open,
    onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => {
      if (event.currentTarget.open) opened.add(key);
      else opened.delete(key);
    },
  };
}
