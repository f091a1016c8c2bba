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

// One fetch per questionnaire per page load, shared by every screen that needs it.
const loads = new Map<string, Promise<ParseResult>>();
// What each load gave, so a screen opened later starts ready instead of showing "loading" for a
// frame and rendering twice.
const settled = new Map<string, BundleState>();

function toState(result: ParseResult): BundleState {
  return result.ok
    ? { kind: 'ready', bundle: result.bundle }
    : { kind: 'invalid', issues: result.issues };
}

/** Loads and checks a shipped questionnaire once, and registers its texts with i18next. */
function loadQuestionnaireBundle(id: string, i18n: I18n): Promise<ParseResult> {
  let load = loads.get(id);
  if (!load) {
    load = loadQuestionnaire(id);
    loads.set(id, load);
  }
  return load.then((result) => {
    if (result.ok) {
      const { questionnaire, texts } = result.bundle;
      for (const [language, resources] of Object.entries(texts)) {
        if (!i18n.hasResourceBundle(language, questionnaireNamespace(questionnaire.id)))
          i18n.addResourceBundle(language, questionnaireNamespace(questionnaire.id), resources);
      }
    }
    settled.set(id, toState(result));
    return result;
  });
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
