import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDocumentTitle } from './use-document-title';
import { useFocusHeading } from './use-focus-heading';

/**
 * How Chromium, Firefox and Safari word an `import()` whose file is gone, and how Vite words a
 * missing stylesheet of a chunk: after an update the server no longer has the old chunks.
 */
const missingChunk =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

function isMissingChunk(error: unknown): boolean {
  return error instanceof Error && missingChunk.test(error.message);
}

interface BoundaryProps {
  readonly children: ReactNode;
  readonly resetKey: string;
}

interface BoundaryState {
  readonly error: { readonly cause: unknown } | null;
}

// A class because only a class component can catch a render error.
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(cause: unknown): BoundaryState {
    return { error: { cause } };
  }

  // Another page may well work, so the message goes as soon as the person navigates away.
  override componentDidUpdate(previousProps: BoundaryProps, previousState: BoundaryState) {
    if (previousState.error && previousProps.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override render() {
    return this.state.error ? <RouteError cause={this.state.error.cause} /> : this.props.children;
  }
}

/** Shows a reload message instead of a blank page when a route fails to load or to render. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary resetKey={pathname}>{children}</Boundary>;
}

function RouteError({ cause }: { cause: unknown }) {
  const { t } = useTranslation();
  const heading = useFocusHeading('route-error');
  const updated = isMissingChunk(cause);
  const title = t(updated ? 'error.updatedTitle' : 'error.crashTitle');
  useDocumentTitle(title);
  return (
    <section aria-labelledby="route-error-heading">
      <h1 id="route-error-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{t(updated ? 'error.updatedBody' : 'error.crashBody')}</p>
      <p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </p>
    </section>
  );
}
