import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from './helpers/test-i18n';
import { RouteErrorBoundary } from '@/ui/components/route-error-boundary';

function Broken({ message }: { message: string }): never {
  throw new Error(message);
}

function renderBroken(message: string, lang: 'en' | 'nl' = 'en') {
  return render(
    <I18nextProvider i18n={testI18n(lang)}>
      <MemoryRouter initialEntries={['/broken']}>
        <Link to="/fine">elsewhere</Link>
        <RouteErrorBoundary>
          <Routes>
            <Route path="/broken" element={<Broken message={message} />} />
            <Route path="/fine" element={<p>fine page</p>} />
          </Routes>
        </RouteErrorBoundary>
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('a route that fails', () => {
  // React reports every error a boundary catches on the console.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterEach(() => {
    cleanup();
    quiet.mockClear();
  });

  it('says the app was updated when its chunk is gone, with a reload button', () => {
    renderBroken(
      'Failed to fetch dynamically imported module: http://127.0.0.1/assets/x-1.js',
      'nl',
    );
    expect(screen.getByRole('heading', { name: 'Dit deel van de app is bijgewerkt' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy();
  });

  it('says something went wrong for any other error, and lets the person go elsewhere', () => {
    renderBroken('x is undefined');
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    expect(screen.getByText('fine page')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).toBeNull();
  });
});
