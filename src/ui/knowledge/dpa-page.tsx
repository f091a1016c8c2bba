import { dpaChecklist as checklist } from '@/knowledge/shipped-dpa-checklist';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useHashTarget } from '../components/use-hash-target';
import { DeployerDpaLink } from '../deployment/deployer-links';
import { ProcessorReviews } from './processor-reviews';
import { useKnowledgeTexts } from './use-knowledge-texts';
import { useCite } from '../components/use-cite';

/** What an Art. 28 processing agreement must contain, element by element. */
export function DpaPage() {
  const cite = useCite();
  const text = useKnowledgeTexts('dpa');
  const heading = useFocusHeading('dpa');
  useDocumentTitle(text('title'));
  useHashTarget();
  return (
    <article className="knowledge" aria-labelledby="dpa-heading">
      <h1 id="dpa-heading" ref={heading} tabIndex={-1}>
        {text('title')}
      </h1>
      <p className="lead">{text('intro')}</p>
      <DeployerDpaLink />
      <ol className="dpa-items">
        {checklist.items.map((item) => (
          <li key={item.id} id={item.id} tabIndex={-1}>
            <strong>{text(`items.${item.id}.label`)}</strong>
            <p>{text(`items.${item.id}.explanation`)}</p>
            <p className="articles">{cite(item.articles)}</p>
          </li>
        ))}
      </ol>
      <ProcessorReviews />
    </article>
  );
}
