import { Suspense, type ComponentProps } from 'react';
import { preloadable } from '../components/preloadable';

// The FAQ and glossary texts are loaded after the step has painted, not with the first screen.
const links = () => import('./question-links');
const LazyFaqLinks = preloadable(() => links().then((m) => m.FaqLinks));
const LazyTermsExplained = preloadable(() => links().then((m) => m.TermsExplained));

type FaqLinksProps = ComponentProps<typeof LazyFaqLinks.Component>;
type TermsExplainedProps = ComponentProps<typeof LazyTermsExplained.Component>;

export function FaqLinks(props: FaqLinksProps) {
  return (
    <Suspense fallback={null}>
      <LazyFaqLinks.Component {...props} />
    </Suspense>
  );
}

export function TermsExplained(props: TermsExplainedProps) {
  return (
    <Suspense fallback={null}>
      <LazyTermsExplained.Component {...props} />
    </Suspense>
  );
}
