import { lazy, Suspense } from 'react';

// The FAQ and glossary texts are loaded after the step has painted, not with the first screen.
const LazyFaqLinks = lazy(() => import('./question-links').then((m) => ({ default: m.FaqLinks })));
const LazyTermsExplained = lazy(() =>
  import('./question-links').then((m) => ({ default: m.TermsExplained })),
);

export function FaqLinks({ questionId }: { questionId: string }) {
  return (
    <Suspense fallback={null}>
      <LazyFaqLinks questionId={questionId} />
    </Suspense>
  );
}

export function TermsExplained({ questionId }: { questionId: string }) {
  return (
    <Suspense fallback={null}>
      <LazyTermsExplained questionId={questionId} />
    </Suspense>
  );
}
