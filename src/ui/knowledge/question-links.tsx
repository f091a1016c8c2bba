import { useRememberedDisclosure } from '../components/remembered-disclosure';
import { Link } from 'react-router';
import { termsByFirstUse } from '@/engine/glossary/first-use';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { instanceKey } from '@/i18n/instance-key';
import { faq, glossary } from '@/knowledge/shipped-knowledge';
import type { AnswerTexts } from '../questions/question-props';
import { paths } from '../wizard/paths';
import { knowledgeText } from './use-knowledge-texts';

// A step shows these beside each of its questions: every text is looked up once per language
// (and questionnaire) and kept, so showing a step does no i18next lookups for them. They get
// their texts from the form rather than from translation hooks of their own.

/** Per i18next instance (its store) and language, what `make` built. */
function memoPerLanguage<T>(make: (texts: AnswerTexts) => T) {
  const cache = new WeakMap<object, Map<string, T>>();
  return (texts: AnswerTexts): T => {
    let byLanguage = cache.get(instanceKey(texts.i18n));
    if (!byLanguage) cache.set(instanceKey(texts.i18n), (byLanguage = new Map<string, T>()));
    let made = byLanguage.get(texts.language);
    if (made === undefined) byLanguage.set(texts.language, (made = make(texts)));
    return made;
  };
}

interface FaqLink {
  readonly id: string;
  readonly label: string;
}

const faqLinksOf = memoPerLanguage((texts): ReadonlyMap<string, readonly FaqLink[]> => {
  const { i18n, t, language } = texts;
  const byQuestion = new Map<string, FaqLink[]>();
  for (const entry of faq.entries) {
    const title = knowledgeText(i18n, 'faq', language, `entries.${entry.id}.question`);
    const link = { id: entry.id, label: t('nav.readMore', { title }) };
    for (const id of entry.questions) byQuestion.set(id, [...(byQuestion.get(id) ?? []), link]);
  }
  return byQuestion;
});

/** Links to the FAQ entries that help with one question or action. */
export function FaqLinks({ questionId, texts }: { questionId: string; texts: AnswerTexts }) {
  const links = faqLinksOf(texts).get(questionId);
  if (!links) return null;
  return (
    <ul className="faq-links">
      {links.map((link) => (
        <li key={link.id}>
          <Link to={paths.faq.href(link.id)}>{link.label}</Link>
        </li>
      ))}
    </ul>
  );
}

interface ExplainedTerms {
  /** "Terms explained: …", the disclosure's summary. */
  readonly summary: string;
  readonly terms: readonly { id: string; term: string; definition: string }[];
  readonly glossaryLabel: string;
}

// Matching every term against every label depends only on the questionnaire and the language.
const termsCache = new WeakMap<
  Questionnaire,
  (texts: AnswerTexts) => ReadonlyMap<string, ExplainedTerms>
>();

function termsOf(questionnaire: Questionnaire, texts: AnswerTexts) {
  let of = termsCache.get(questionnaire);
  if (!of) {
    of = memoPerLanguage(({ i18n, t, qt, language }) => {
      const firstUse = termsByFirstUse(
        glossary.terms.map((term) => ({ id: term.id, forms: term.matches[language] })),
        questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id)),
        (id) => qt.text(`questions.${id}.label`),
      );
      const text = (key: string) => knowledgeText(i18n, 'glossary', language, key);
      const glossaryLabel = t('nav.glossary');
      const byQuestion = new Map<string, ExplainedTerms>();
      for (const [questionId, ids] of firstUse) {
        const terms = ids.map((id) => ({
          id,
          term: text(`terms.${id}.term`),
          definition: text(`terms.${id}.definition`),
        }));
        const summary = t('step.termsExplained', { terms: terms.map((x) => x.term).join(', ') });
        byQuestion.set(questionId, { summary, terms, glossaryLabel });
      }
      return byQuestion;
    });
    termsCache.set(questionnaire, of);
  }
  return of(texts);
}

/**
 * The glossary terms whose first appearance in the questionnaire (in the
 * current language) is in this question's label, with their definitions in a
 * disclosure that works by keyboard and screen reader.
 */
export function TermsExplained({
  questionId,
  questionnaire,
  texts,
}: {
  questionId: string;
  questionnaire: Questionnaire;
  texts: AnswerTexts;
}) {
  const explained = termsOf(questionnaire, texts).get(questionId);
  const disclosure = useRememberedDisclosure(`${questionId} terms`);
  if (!explained || explained.terms.length === 0) return null;
  return (
    <details className="help terms" {...disclosure}>
      <summary>{explained.summary}</summary>
      <dl>
        {explained.terms.map(({ id, term, definition }) => (
          <div key={id}>
            <dt>{term}</dt>
            <dd>
              {definition} <Link to={paths.glossary.href(id)}>{explained.glossaryLabel}</Link>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
