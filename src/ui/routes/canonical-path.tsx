import type { ReactNode } from 'react';
import { Navigate, useLocation, type Location } from 'react-router';
import { canonicalPathname } from '../wizard/paths';

/** Renders its routes only at a path's one spelling, so a bookmark or link is always the same URL. */
export function CanonicalPath({ children }: { children: ReactNode }) {
  const { pathname, search, hash, state } = useLocation() as Location<unknown>;
  const canonical = canonicalPathname(pathname);
  if (canonical === pathname) return children;
  return <Navigate replace to={{ pathname: canonical, search, hash }} state={state} />;
}
