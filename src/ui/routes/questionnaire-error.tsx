import { useTranslation } from 'react-i18next';
import type { QuestionnaireIssue } from '@/engine/questionnaire/parse-questionnaire';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';

export function QuestionnaireError({ issues }: { issues: readonly QuestionnaireIssue[] }) {
  const { t } = useTranslation();
  const heading = useFocusHeading('questionnaire-error');
  useDocumentTitle(t('error.questionnaireTitle'));
  return (
    <section className="questionnaire-error" aria-labelledby="questionnaire-error-heading">
      <h1 id="questionnaire-error-heading" ref={heading} tabIndex={-1}>
        {t('error.questionnaireTitle')}
      </h1>
      <p>{t('error.questionnaireBody')}</p>
      <ul className="issue-list">
        {issues.map((issue, i) => (
          <li key={i}>
            <code>
              {issue.file} {issue.path}
            </code>
            : {issue.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
