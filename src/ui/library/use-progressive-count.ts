import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render now: a first screenful at once, then `step` more each
 * frame. Rendering hundreds of table rows at once blocks a slow device for a second; in steps
 * the first rows show at once and the page stays responsive while the rest are added.
 */
export function useProgressiveCount(total: number, first = 20, step = 20): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setCount((n) => n + step));
    return () => cancelAnimationFrame(frame);
  }, [count, total, step]);
  return Math.min(count, total);
}
