import { use, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type {
  ParseResult,
  QuestionnaireBundle,
  QuestionnaireIssue,
} from '@/engine/questionnaire/parse-questionnaire';
import { questionnaireNamespace } from '@/i18n/i18n';
import { instanceKey } from '@/i18n/instance-key';
import { afterNextPaint } from '@/ui/components/after-paint';
import {
  loadQuestionnaire,
  loadQuestionnaireTexts,
  shippedLeads,
  type TextsResult,
} from './questionnaire-source';

export type BundleState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'invalid'; readonly issues: readonly QuestionnaireIssue[] }
  | { readonly kind: 'ready'; readonly bundle: QuestionnaireBundle };

// One load per questionnaire per page load, shared by every screen that needs it.
const loads = new Map<string, Promise<ParseResult>>();
// What each load gave, so a screen opened later starts ready instead of showing "loading" for a
// frame and rendering twice.
const settled = new Map<string, BundleState>();
// The full texts of one questionnaire in one language: one load each, and what it gave.
const textLoads = new Map<string, Promise<TextsResult>>();
const settledTexts = new Map<string, TextsResult>();

const textsKey = (id: string, language: string) => `${id}:${language}`;

function toState(result: ParseResult): BundleState {
  return result.ok
    ? { kind: 'ready', bundle: result.bundle }
    : { kind: 'invalid', issues: result.issues };
}

// Which full texts each i18next instance has, by questionnaire and language.
const added = new WeakMap<object, Set<string>>();

function addTexts(i18n: I18n, id: string, language: string, texts: Record<string, unknown>) {
  // Deep and overwriting: the full texts replace the title and introduction added first.
  i18n.addResourceBundle(language, questionnaireNamespace(id), texts, true, true);
}

/** Texts per language that stand in until the full texts of that language are there. */
function addLeads(
  i18n: I18n,
  id: string,
  byLanguage: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
) {
  for (const [language, texts] of Object.entries(byLanguage))
    if (!added.get(instanceKey(i18n))?.has(textsKey(id, language)))
      addTexts(i18n, id, language, texts);
}

function addFullTexts(i18n: I18n, id: string, language: string, texts: Record<string, unknown>) {
  addTexts(i18n, id, language, texts);
  let keys = added.get(instanceKey(i18n));
  if (!keys) added.set(instanceKey(i18n), (keys = new Set()));
  keys.add(textsKey(id, language));
}

/**
 * Starts loading a questionnaire before React renders: the first screen then waits for one round
 * of requests, not for each in turn.
 */
export function startQuestionnaireLoad(id: string): Promise<ParseResult> {
  let load = loads.get(id);
  if (!load) {
    load = loadQuestionnaire(id);
    loads.set(id, load);
  }
  return load;
}

/** Starts loading a questionnaire's full texts in `language`, for a first screen that shows them. */
export function startTextsLoad(id: string, language: string): Promise<TextsResult> {
  const key = textsKey(id, language);
  let load = textLoads.get(key);
  if (!load) {
    load = loadQuestionnaireTexts(id, language).then((result) => {
      settledTexts.set(key, result);
      // A failed fetch may work later (the connection came back): the next request tries again.
      if (!result.ok) textLoads.delete(key);
      return result;
    });
    textLoads.set(key, load);
  }
  return load;
}

/**
 * Loads a shipped questionnaire once and registers its texts with i18next: the title and
 * introduction of every language (enough for the intro), or every text when the file had to be
 * parsed in full. The texts of the questions come with {@link useQuestionnaireTexts}.
 */
function loadQuestionnaireBundle(id: string, i18n: I18n): Promise<ParseResult> {
  return startQuestionnaireLoad(id).then((result) => {
    if (result.ok) addLeads(i18n, id, result.bundle.texts);
    settled.set(id, toState(result));
    return result;
  });
}

/**
 * Registers a shipped questionnaire's title and introduction, built into the app, for an intro
 * shown before the questionnaire has loaded. False when the app does not ship it.
 */
export function registerLeads(id: string, i18n: I18n): boolean {
  const leads = shippedLeads(id);
  if (!leads) return false;
  addLeads(i18n, id, leads);
  return true;
}

/** Loads the full texts of a questionnaire in `language` and registers them with i18next. */
function loadTexts(id: string, language: string, i18n: I18n): Promise<TextsResult> {
  return startTextsLoad(id, language).then((result) => {
    // The questionnaire may lack the language: its texts are then English, shown under it.
    if (result.ok) addFullTexts(i18n, id, language, result.texts);
    return result;
  });
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

// The promise screens waited on per questionnaire and language. React must see the same one on
// every later render; a failed one stays too, so a render does not start the load again.
const waits = new Map<string, Promise<TextsResult>>();

/**
 * Every text of a questionnaire in the language shown. When `needed`, suspends the calling
 * screen until they are registered with i18next (the nearest Suspense shows "loading"), then
 * returns null, or the problems when the texts cannot be used. When not needed, they are fetched
 * after the screen has painted, so the first screen does not share the network with them.
 */
export function useQuestionnaireTexts(
  id: string,
  needed: boolean,
): readonly QuestionnaireIssue[] | null {
  const { i18n } = useTranslation();
  const key = textsKey(id, i18n.language);
  const ready = added.get(instanceKey(i18n))?.has(key) === true;
  useEffect(() => {
    if (needed || ready) return;
    return afterNextPaint(() => void loadTexts(id, i18n.language, i18n));
  }, [i18n, id, needed, ready]);
  if (!needed) return null;
  // A screen that waited once must read the same promise again when it renders after it settled.
  let wait = waits.get(key);
  if (!wait) {
    if (ready) return null;
    const done = settledTexts.get(key);
    if (done?.ok) {
      addFullTexts(i18n, id, i18n.language, done.texts);
      return null;
    }
    wait = loadTexts(id, i18n.language, i18n);
    waits.set(key, wait);
  }
  const result = use(wait);
  if (!result.ok) return result.issues;
  if (!ready) addFullTexts(i18n, id, i18n.language, result.texts);
  return null;
}
