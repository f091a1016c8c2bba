import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** Loads and checks a shipped questionnaire and registers its texts with i18next. */
export function useQuestionnaireBundle(id: string): BundleState {
  const { i18n } = useTranslation();
  const [state, setState] = useState<BundleState>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let load = loads.get(id);
    if (!load) {
      load = loadQuestionnaire(id);
      loads.set(id, load);
    }
    void load.then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setState({ kind: 'invalid', issues: result.issues });
        return;
      }
      const { questionnaire, texts } = result.bundle;
      for (const [language, resources] of Object.entries(texts)) {
        i18n.addResourceBundle(
          language,
          questionnaireNamespace(questionnaire.id),
          resources,
          true,
          true,
        );
      }
      setState({ kind: 'ready', bundle: result.bundle });
    });
    return () => {
      cancelled = true;
    };
  }, [i18n, id]);
  return state;
}
