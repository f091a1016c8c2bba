/**
 * An optional stopwatch per section for running a workshop to time. It lives in
 * the browser tab only (never in the saved assessment). Times are passed in, so
 * the rules are plain values: `now` is milliseconds since the epoch.
 */
export interface SectionTimer {
  /** Time counted before the current run. */
  readonly elapsedMs: number;
  /** When the current run started, or null while paused. */
  readonly runningSince: number | null;
}

/** A timer that has never run, or was reset. */
export const STOPPED_TIMER: SectionTimer = { elapsedMs: 0, runningSince: null };

/** Target lengths a presenter can pick, in minutes. */
export const TARGET_MINUTES = [5, 10, 15, 20, 30, 45, 60] as const;

/** Runs the timer from `now`; a running timer is left as it is. */
export function startTimer(timer: SectionTimer, now: number): SectionTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

/** Stops the timer, keeping the time counted so far. */
export function pauseTimer(timer: SectionTimer, now: number): SectionTimer {
  return timer.runningSince === null
    ? timer
    : { elapsedMs: elapsedMs(timer, now), runningSince: null };
}

/** The time counted at `now`, over every run. */
export function elapsedMs(timer: SectionTimer, now: number): number {
  const run = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + run;
}

/** Worth announcing to a screen reader: half the target used, the target reached. */
export type TimerMilestone = 'half' | 'reached';

/**
 * The milestone crossed between two readings of the elapsed time, if any, so an
 * announcement is made once, when it happens, and not on every tick.
 */
export function milestoneBetween(
  beforeMs: number,
  afterMs: number,
  targetMs: number,
): TimerMilestone | null {
  if (beforeMs < targetMs && afterMs >= targetMs) return 'reached';
  if (beforeMs < targetMs / 2 && afterMs >= targetMs / 2) return 'half';
  return null;
}

/** "mm:ss", or "h:mm:ss" from an hour on; whole seconds, rounded down. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
