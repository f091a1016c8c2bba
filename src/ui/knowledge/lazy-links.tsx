import { Suspense } from 'react';
import { preloadable } from '../components/preloadable';

// The FAQ and glossary texts are loaded after the step has painted, not with the first screen.
const links = () => import('./question-links');
const LazyFaqLinks = preloadable(() => links().then((m) => m.FaqLinks));
const LazyTermsExplained = preloadable(() => links().then((m) => m.TermsExplained));

export function FaqLinks({ questionId }: { questionId: string }) {
  return (
    <Suspense fallback={null}>
      <LazyFaqLinks.Component questionId={questionId} />
    </Suspense>
  );
}

export function TermsExplained({ questionId }: { questionId: string }) {
  return (
    <Suspense fallback={null}>
      <LazyTermsExplained.Component questionId={questionId} />
    </Suspense>
  );
}
