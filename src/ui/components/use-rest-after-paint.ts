import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

/**
 * False while a screen draws its first frame, true once that frame has painted. A long screen
 * draws what fills the first view at once and the rest in an interruptible render after it,
 * so the person sees the new screen in one frame instead of after the whole of it is laid out.
 */
export function useRestAfterPaint(): boolean {
  const [rest, setRest] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setRest(true))), []);
  return rest;
}
