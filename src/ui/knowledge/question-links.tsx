import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FaqSchema } from '@/knowledge/knowledge.schema';
import faqData from '@/knowledge/faq.json';
import { paths } from '../wizard/paths';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { glossary } from './glossary-page';
import { useKnowledgeTexts } from './use-knowledge-texts';

const faq = FaqSchema.parse(faqData);

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

const wordPattern = (form: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  );

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
  const firstUse = useMemo(() => {
    const order = questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id));
    const found = new Map<string, string>();
    for (const term of glossary.terms) {
      const patterns = term.matches[lang].map(wordPattern);
      const first = order.find((id) =>
        patterns.some((p) => p.test(qt.text(`questions.${id}.label`))),
      );
      if (first) found.set(term.id, first);
    }
    return found;
    // qt changes identity every render; the language and questionnaire decide the result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [questionnaire, lang]);
  const terms = glossary.terms.filter((term) => firstUse.get(term.id) === questionId);
  if (terms.length === 0) return null;
  return (
    <details className="help terms">
      <summary>
        {t('step.termsExplained', {
          terms: terms.map((x) => text(`terms.${x.id}.term`)).join(', '),
        })}
      </summary>
      <dl>
        {terms.map((term) => (
          <div key={term.id}>
            <dt>{text(`terms.${term.id}.term`)}</dt>
            <dd>
              {text(`terms.${term.id}.definition`)}{' '}
              <Link to={paths.glossary.href(term.id)}>{t('nav.glossary')}</Link>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
