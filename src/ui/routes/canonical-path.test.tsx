import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CanonicalPath } from './canonical-path';

function Where() {
  const { pathname, search, hash } = useLocation();
  return <p>{`${pathname}${search}${hash}`}</p>;
}

function renderAt(url: string) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <CanonicalPath>
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </CanonicalPath>
    </MemoryRouter>,
  );
}

describe('CanonicalPath', () => {
  it('moves a path with capitals to its lower-case spelling, keeping query and fragment', async () => {
    renderAt('/Workshop/Results?before=A1#Top');
    expect(await screen.findByText('/workshop/results?before=A1#Top')).toBeDefined();
  });

  it('leaves a lower-case path and its percent escapes alone', async () => {
    renderAt('/assessment/%C3%A9');
    expect(await screen.findByText('/assessment/%C3%A9')).toBeDefined();
  });
});
