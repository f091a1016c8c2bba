import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadable } from '@/ui/components/preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A load that settles only when the test says so, counting how often it was started. */
function heldLoad() {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  const calls = { count: 0 };
  const load = async () => {
    calls.count += 1;
    await arrived;
    return Greeting;
  };
  return { load, release, calls };
}

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>loading</p>}>{node}</Suspense>;

afterEach(cleanup);

describe('preloadable', () => {
  it('shows the fallback while the code is on its way, then the component', async () => {
    const { load, release } = heldLoad();
    const { Component, preload } = preloadable(load);
    // Rendered inside an awaited act: React retries a suspended render only there.
    await act(() => {
      render(inSuspense(<Component name="Ada" />));
      return Promise.resolve();
    });
    expect(screen.getByText('loading')).toBeTruthy();
    release();
    await act(preload);
    expect(screen.getByText('Hello Ada')).toBeTruthy();
  });

  it('renders in the first pass, without a fallback, once preloaded', async () => {
    const { load, release, calls } = heldLoad();
    const greeting = preloadable(load);
    const preloaded = greeting.preload();
    release();
    await preloaded;
    render(inSuspense(<greeting.Component name="Grace" />));
    // Synchronously after render: no "loading" frame in between.
    expect(screen.queryByText('loading')).toBeNull();
    expect(screen.getByText('Hello Grace')).toBeTruthy();
    expect(calls.count).toBe(1);
  });

  it('starts the load once however often it is asked for', () => {
    const { load, calls } = heldLoad();
    const greeting = preloadable(load);
    expect(greeting.preload()).toBe(greeting.preload());
    expect(calls.count).toBe(1);
  });
});
