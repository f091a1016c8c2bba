import { createContext } from 'react';

/**
 * Fetches what a language needs before the app switches to it (the questionnaire's texts load
 * one language at a time), so a switch never shows a text in the wrong language or a bare key.
 * The app provides it; by default there is nothing to fetch.
 */
export const LanguagePreparation = createContext<(language: string) => Promise<void>>(() =>
  Promise.resolve(),
);
