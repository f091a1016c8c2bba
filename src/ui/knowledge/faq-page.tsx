import { faq } from '@/knowledge/shipped-knowledge';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useHashTarget } from '../components/use-hash-target';
import { useKnowledgeTexts } from './use-knowledge-texts';
import { useCite } from '../components/use-cite';

export function FaqPage() {
  const cite = useCite();
  const text = useKnowledgeTexts('faq');
  const heading = useFocusHeading('faq');
  useDocumentTitle(text('title'));
  useHashTarget('h2');
  return (
    <article className="knowledge" aria-labelledby="faq-heading">
      <h1 id="faq-heading" ref={heading} tabIndex={-1}>
        {text('title')}
      </h1>
      <p className="lead">{text('intro')}</p>
      <nav aria-labelledby="faq-heading">
        <ol className="faq-index">
          {faq.entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{text(`entries.${entry.id}.question`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {faq.entries.map((entry) => (
        <section
          key={entry.id}
          id={entry.id}
          className="faq-entry"
          aria-labelledby={`${entry.id}-q`}
        >
          <h2 id={`${entry.id}-q`} tabIndex={-1}>
            {text(`entries.${entry.id}.question`)}
          </h2>
          {text(`entries.${entry.id}.answer`)
            .split('\n\n')
            .map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          {entry.articles.length > 0 && <p className="articles">{cite(entry.articles)}</p>}
        </section>
      ))}
    </article>
  );
}
