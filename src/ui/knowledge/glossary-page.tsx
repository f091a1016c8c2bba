import { glossary } from '@/knowledge/shipped-knowledge';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useHashTarget } from '../components/use-hash-target';
import { useKnowledgeTexts } from './use-knowledge-texts';
import { useCite } from '../components/use-cite';

export function GlossaryPage() {
  const cite = useCite();
  const text = useKnowledgeTexts('glossary');
  const heading = useFocusHeading('glossary');
  useDocumentTitle(text('title'));
  useHashTarget();
  const terms = [...glossary.terms].sort((a, b) =>
    text(`terms.${a.id}.term`).localeCompare(text(`terms.${b.id}.term`)),
  );
  return (
    <article className="knowledge" aria-labelledby="glossary-heading">
      <h1 id="glossary-heading" ref={heading} tabIndex={-1}>
        {text('title')}
      </h1>
      <p className="lead">{text('intro')}</p>
      <dl className="glossary">
        {terms.map((term) => (
          <div key={term.id} id={term.id} className="glossary-term" tabIndex={-1}>
            <dt>{text(`terms.${term.id}.term`)}</dt>
            <dd>
              {text(`terms.${term.id}.definition`)}
              {term.articles.length > 0 && (
                <span className="articles"> ({cite(term.articles)})</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
