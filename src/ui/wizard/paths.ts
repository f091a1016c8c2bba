import type { WizardLocation } from '@/engine/wizard/location';

/** Every URL of the wizard, built and read in one place. */
export const paths = {
  intro: { path: '/', href: () => '/' },
  step: {
    path: '/assessment/:stepId',
    href: (stepId: string) => `/assessment/${encodeURIComponent(stepId)}`,
  },
  review: { path: '/review', href: () => '/review' },
  exit: {
    path: '/outcome/:exitId',
    href: (exitId: string) => `/outcome/${encodeURIComponent(exitId)}`,
  },
  complete: { path: '/results', href: () => '/results' },
  faq: { path: '/faq', href: (entry?: string) => (entry ? `/faq#${entry}` : '/faq') },
  dpa: { path: '/dpa', href: () => '/dpa' },
  glossary: {
    path: '/glossary',
    href: (term?: string) => (term ? `/glossary#${term}` : '/glossary'),
  },
} as const;

export function hrefFor(location: WizardLocation): string {
  switch (location.screen) {
    case 'intro':
      return paths.intro.href();
    case 'step':
      return paths.step.href(location.stepId);
    case 'review':
      return paths.review.href();
    case 'exit':
      return paths.exit.href(location.exitId);
    case 'complete':
      return paths.complete.href();
  }
}

/** The wizard location a URL path names, or null for a path outside the wizard. */
export function locationFromPath(pathname: string): WizardLocation | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { screen: 'intro' };
  if (path === '/review') return { screen: 'review' };
  if (path === '/results') return { screen: 'complete' };
  const step = /^\/assessment\/([^/]+)$/.exec(path);
  if (step?.[1]) return { screen: 'step', stepId: safeDecode(step[1]) };
  const exit = /^\/outcome\/([^/]+)$/.exec(path);
  if (exit?.[1]) return { screen: 'exit', exitId: safeDecode(exit[1]) };
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
