import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { termsByFirstUse } from '@/engine/glossary/first-use';
import { faq, glossary } from '@/knowledge/shipped-knowledge';
import { paths } from '../wizard/paths';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { useQuestionnaireText, type QuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { useKnowledgeTexts } from './use-knowledge-texts';

/** Links to the FAQ entries that help with one question or action. */
export function FaqLinks({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const text = useKnowledgeTexts('faq');
  const entries = faq.entries.filter((e) => e.questions.includes(questionId));
  if (entries.length === 0) return null;
  return (
    <ul className="faq-links">
      {entries.map((entry) => (
        <li key={entry.id}>
          <Link to={paths.faq.href(entry.id)}>
            {t('nav.readMore', { title: text(`entries.${entry.id}.question`) })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

// Matching every term against every label is the costliest part of showing a step, and its
// result depends only on the questionnaire and the language: done once for each, not per question.
const firstUseCache = new WeakMap<
  Questionnaire,
  Map<string, ReadonlyMap<string, readonly string[]>>
>();

function firstUseOf(
  questionnaire: Questionnaire,
  lang: 'en' | 'nl',
  qt: QuestionnaireText,
): ReadonlyMap<string, readonly string[]> {
  const perLanguage =
    firstUseCache.get(questionnaire) ?? new Map<string, ReadonlyMap<string, readonly string[]>>();
  firstUseCache.set(questionnaire, perLanguage);
  let found = perLanguage.get(lang);
  if (!found) {
    found = termsByFirstUse(
      glossary.terms.map((term) => ({ id: term.id, forms: term.matches[lang] })),
      questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id)),
      (id) => qt.text(`questions.${id}.label`),
    );
    perLanguage.set(lang, found);
  }
  return found;
}

/**
 * The glossary terms whose first appearance in the questionnaire (in the
 * current language) is in this question's label, with their definitions in a
 * disclosure that works by keyboard and screen reader.
 */
export function TermsExplained({ questionId }: { questionId: string }) {
  const { t, i18n } = useTranslation();
  const qt = useQuestionnaireText();
  const text = useKnowledgeTexts('glossary');
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const lang = i18n.resolvedLanguage === 'nl' ? 'nl' : 'en';
  const terms = firstUseOf(questionnaire, lang, qt).get(questionId) ?? [];
  if (terms.length === 0) return null;
  return (
    <details className="help terms">
      <summary>
        {t('step.termsExplained', {
          terms: terms.map((id) => text(`terms.${id}.term`)).join(', '),
        })}
      </summary>
      <dl>
        {terms.map((id) => (
          <div key={id}>
            <dt>{text(`terms.${id}.term`)}</dt>
            <dd>
              {text(`terms.${id}.definition`)}{' '}
              <Link to={paths.glossary.href(id)}>{t('nav.glossary')}</Link>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
