import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeAll, vi } from 'vitest';
import { App } from '@/app/app';
import * as lazyRoutes from '@/app/lazy-routes';
import { wizardScreens } from '@/ui/routes/wizard-screens';
import { Library } from '@/engine/library/library';
import type { Session } from '@/engine/session/session.schema';
import type { Language } from '@/i18n/languages';
import { testI18n } from './test-i18n';

/**
 * The app's shipped files (the questionnaire, its locales and examples) as the browser would
 * fetch them: in tests their URLs are paths in the repository, and jsdom has no server.
 */
async function fetchFromRepository(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
  const path = decodeURIComponent(url.pathname);
  try {
    return new Response(
      await readFile(
        // Vite names a file outside the project (node_modules linked from elsewhere) by /@fs/<path>.
        path.startsWith('/@fs/')
          ? path.slice('/@fs'.length)
          : join(import.meta.dirname, '..', '..', path),
        'utf8',
      ),
    );
  } catch {
    return new Response('', { status: 404 });
  }
}

/**
 * The wizard reads `window.location` (where it opened, whether it is in a workshop), which a
 * memory router does not move: this keeps the two at the same path.
 */
function WindowLocation({ children }: { children: ReactNode }) {
  const { pathname, search, hash } = useLocation();
  useEffect(() => {
    window.history.replaceState(null, '', `${pathname}${search}${hash}`);
  }, [pathname, search, hash]);
  return children;
}

// The app fetches code after it has painted (the next screens, the wizard behind a first visit's
// intro, the summaries after saves). Loaded here first, so that no test can end, and its
// environment be torn down, while such a fetch is still on its way.
beforeAll(async () => {
  await Promise.all([
    ...Object.values(lazyRoutes).map((route) => route.preload()),
    ...Object.values(wizardScreens).map((screen) => screen.preload()),
    import('@/app/assessment-summaries'),
  ]);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

export interface RenderAppOptions {
  readonly language?: Language;
}

/**
 * Renders the whole app (routes, the real wizard machine, react-hook-form and the built-in
 * questionnaire loaded from its files) at `path`, in a memory router. Storage is jsdom's
 * localStorage, emptied after each test. Returns testing-library's queries and `fireEvent`.
 */
export async function renderApp(path: string, { language = 'en' }: RenderAppOptions = {}) {
  vi.stubGlobal('fetch', fetchFromRepository);
  window.history.replaceState(null, '', path);
  // In an awaited act: React retries a render that suspended (a screen's code, the texts) only
  // when the act it started in is awaited.
  await act(() => {
    render(
      <I18nextProvider i18n={testI18n(language)}>
        <MemoryRouter initialEntries={[path]}>
          <WindowLocation>
            <App />
          </WindowLocation>
        </MemoryRouter>
      </I18nextProvider>,
    );
    return Promise.resolve();
  });
  return { ...screen, fireEvent };
}

/** Stores a session as the active assessment, in the localStorage the app reads, before rendering. */
export function seedAssessment(session: Session): void {
  const library = new Library({
    getItem: (key) => localStorage.getItem(key),
    setItem: (key, value) => localStorage.setItem(key, value),
    removeItem: (key) => localStorage.removeItem(key),
    keys: () => Object.keys(localStorage),
  });
  library.create(session.questionnaireId, { session, activate: true });
}
