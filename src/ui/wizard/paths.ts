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
  report: { path: '/report', href: () => '/report' },
  glossary: {
    path: '/glossary',
    href: (term?: string) => (term ? `/glossary#${term}` : '/glossary'),
  },
  workshop: { path: '/workshop', href: () => '/workshop' },
  assessments: { path: '/assessments', href: () => '/assessments' },
  compare: {
    path: '/assessments/compare',
    href: (before: string, after: string) =>
      `/assessments/compare?${new URLSearchParams({ before, after }).toString()}`,
  },
  merge: { path: '/assessments/merge', href: () => '/assessments/merge' },
} as const;

/** How the same assessment is shown: the wizard, or the presenter view for a workshop. */
export type WizardMode = 'wizard' | 'workshop';

const WORKSHOP_PREFIX = paths.workshop.path;

/** Every wizard path again under `/workshop`, for the router. */
/** The addresses of the wizard's screens. */
export const wizardPaths: readonly string[] = [
  paths.intro.path,
  paths.step.path,
  paths.review.path,
  paths.exit.path,
  paths.complete.path,
];

export const workshopPaths: readonly string[] = wizardPaths.map((path) =>
  path === '/' ? WORKSHOP_PREFIX : `${WORKSHOP_PREFIX}${path}`,
);

export function hrefFor(location: WizardLocation, mode: WizardMode = 'wizard'): string {
  const href = wizardHref(location);
  if (mode === 'wizard') return href;
  return href === '/' ? WORKSHOP_PREFIX : `${WORKSHOP_PREFIX}${href}`;
}

function wizardHref(location: WizardLocation): string {
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

/**
 * The one spelling of a path: its letters in lower case, as every route and id is written.
 * react-router matches paths whatever their case, so the wizard reads them the same way, and the
 * app moves `/Results` to `/results`. Percent escapes such as `%C3%A9` are left as they are.
 */
export function canonicalPathname(pathname: string): string {
  return pathname.replace(/(%[0-9a-fA-F]{2})|[A-Z]+/g, (match, escape?: string) =>
    escape ? match : match.toLowerCase(),
  );
}

/** Whether a URL path is in the workshop's presenter view. */
export function modeFromPath(pathname: string): WizardMode {
  const path = canonicalPathname(pathname);
  return path === WORKSHOP_PREFIX || path.startsWith(`${WORKSHOP_PREFIX}/`) ? 'workshop' : 'wizard';
}

/** The wizard location a URL path names, in either mode, or null for a path outside the wizard. */
export function locationFromPath(pathname: string): WizardLocation | null {
  const trimmed = canonicalPathname(pathname).replace(/\/+$/, '') || '/';
  const path =
    modeFromPath(trimmed) === 'workshop' ? trimmed.slice(WORKSHOP_PREFIX.length) || '/' : trimmed;
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
