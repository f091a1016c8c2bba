import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type {
  ParseResult,
  QuestionnaireBundle,
  QuestionnaireIssue,
} from '@/engine/questionnaire/parse-questionnaire';
import { questionnaireNamespace } from '@/i18n/i18n';
import { loadQuestionnaire } from './questionnaire-source';

export type BundleState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'invalid'; readonly issues: readonly QuestionnaireIssue[] }
  | { readonly kind: 'ready'; readonly bundle: QuestionnaireBundle };

// One load per questionnaire per page load, shared by every screen that needs it.
const loads = new Map<string, Promise<ParseResult>>();
// What each load gave, so a screen opened later starts ready instead of showing "loading" for a
// frame and rendering twice.
const settled = new Map<string, BundleState>();
// The texts of further languages, loaded when the person switches to one.
const textLoads = new Map<string, Promise<void>>();

function toState(result: ParseResult): BundleState {
  return result.ok
    ? { kind: 'ready', bundle: result.bundle }
    : { kind: 'invalid', issues: result.issues };
}

function addTexts(i18n: I18n, bundle: QuestionnaireBundle): void {
  const ns = questionnaireNamespace(bundle.questionnaire.id);
  for (const [language, resources] of Object.entries(bundle.texts))
    if (!i18n.hasResourceBundle(language, ns)) i18n.addResourceBundle(language, ns, resources);
}

/**
 * Starts loading a questionnaire with the texts of `language`, before React renders: the first
 * screen then waits for one round of requests, not for each in turn.
 */
export function startQuestionnaireLoad(id: string, language: string): Promise<ParseResult> {
  let load = loads.get(id);
  if (!load) {
    load = loadQuestionnaire(id, language);
    loads.set(id, load);
  }
  return load;
}

/**
 * Loads a shipped questionnaire once with the texts of the language shown, and registers them
 * with i18next. Only that language is fetched: the others come when the person switches.
 */
function loadQuestionnaireBundle(id: string, i18n: I18n): Promise<ParseResult> {
  return startQuestionnaireLoad(id, i18n.language).then(async (result) => {
    if (result.ok) {
      addTexts(i18n, result.bundle);
      // Started in another language than the one shown (the deployment chose it): fetch that too.
      await loadTexts(id, i18n.language, i18n);
    }
    settled.set(id, toState(result));
    return result;
  });
}

/** Loads the questionnaire's texts in `language` unless i18next has them. */
function loadTexts(id: string, language: string, i18n: I18n): Promise<void> {
  if (i18n.hasResourceBundle(language, questionnaireNamespace(id))) return Promise.resolve();
  const key = `${id}:${language}`;
  let load = textLoads.get(key);
  if (!load) {
    load = loadQuestionnaire(id, language).then((result) => {
      if (result.ok) addTexts(i18n, result.bundle);
      else textLoads.delete(key);
    });
    textLoads.set(key, load);
  }
  return load;
}

/** Loads the texts in `language` of every questionnaire loaded so far: see `LanguagePreparation`. */
export function prepareQuestionnaireTexts(language: string, i18n: I18n): Promise<void> {
  return Promise.all([...loads.keys()].map((id) => loadTexts(id, language, i18n))).then(
    () => undefined,
  );
}

/** {@link loadQuestionnaireBundle} as the state of a screen. */
export function useQuestionnaireBundle(id: string): BundleState {
  const { i18n } = useTranslation();
  const [state, setState] = useState<BundleState>(() => settled.get(id) ?? { kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void loadQuestionnaireBundle(id, i18n).then((result) => {
      if (!cancelled) setState(settled.get(id) ?? toState(result));
    });
    return () => {
      cancelled = true;
    };
  }, [i18n, id]);
  return state;
}
