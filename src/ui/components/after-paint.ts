/**
 * Runs `task` in a task after the next paint (a frame, then a timer), so work that can wait —
 * fetching what later screens need — does not hold back the screen being shown. Returns a
 * function that cancels it.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
